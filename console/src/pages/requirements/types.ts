import type { Loaded, Schemas } from '../../api/client';
import type { Problem } from '../../api/problem';
import { hasRole } from '../../auth/session';

/** Who may capture and change requirements (the API refuses the others with 403: the console does not offer it). */
export const canWrite = () => hasRole('SALES', 'SALES_MANAGER');

export type Requirement = Schemas['Requirements_RequirementView'];

/**
 * What every section of the requirement page gets: the record, its ETag (for If-Match), and what to call after a
 * change: with the change's answer (the record as it now is, with its new ETag), or with nothing to load it again.
 */
export interface SectionProps {
  r: Requirement;
  etag: string | null;
  onChanged: (answer?: Loaded<unknown>) => void;
}

/** The headers of a change to the record as read: If-Match with its ETag, so a change in between answers 412. */
export function ifMatch(etag: string | null): { 'If-Match'?: string } {
  return etag ? { 'If-Match': etag } : {};
}

/**
 * A form's problem with its violations named under `prefix` (`cancel.reason`): several small forms share one page, and
 * their fields need ids of their own.
 */
export function scoped(problem: Problem | null | undefined, prefix: string): Problem | null | undefined {
  if (!problem?.violations) return problem;
  return { ...problem, violations: problem.violations.map((v) => ({ ...v, field: `${prefix}.${v.field}` })) };
}
