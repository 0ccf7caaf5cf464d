import type { Schemas } from '../../api/client';
import type { Problem } from '../../api/problem';

export type Requirement = Schemas['Requirements_RequirementView'];

/** What every section of the requirement page gets: the record, its ETag (for If-Match), and a way to reload it. */
export interface SectionProps {
  r: Requirement;
  etag: string | null;
  onChanged: () => void;
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
