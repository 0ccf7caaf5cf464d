import { tu } from './messages';

/** Said plainly where a part would be: its service did not answer, the rest of the page still stands. */
export function Unavailable({ part }: { part: string }) {
  return <p class="problem problem-stale unavailable" data-part={part} role="status">{tu('unavailable', { service: tu(`part.${part}` as 'part.requirements') })}</p>;
}
