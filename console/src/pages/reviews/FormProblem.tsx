import { unplacedViolations } from '../../api/problem';
import { ProblemBanner } from '../../ui/ProblemBanner';
import type { Change } from './change';

/**
 * A form's refusal: a 412 offers Reload (the review as it now stands, the form starting again from it), a 409 names
 * the state the API is in; violations no field of the form shows are listed.
 */
export function FormProblem({ change, fields, onReload }: { change: Change; fields: string[]; onReload: () => void }) {
  const error = change.action.error;
  return (
    <ProblemBanner error={error} unplaced={unplacedViolations(error?.problem, fields)}
      onReload={() => {
        change.rebase();
        onReload();
      }} />
  );
}
