import type { Problem } from '../../api/problem';
import { violationFor } from '../../api/problem';

/** A violation of a whole list or group (`items`, `services`): shown where the group is, like a field's. */
export function ListViolation({ name, problem }: { name: string; problem?: Problem | null }) {
  const message = violationFor(problem, name);
  return message ? <p class="violation" role="alert" data-field={name}>{message}</p> : null;
}
