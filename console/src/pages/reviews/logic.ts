// What a person has to do on reviews, decided from the reviews, the department directory and the person's roles: pure
// functions (no DOM, no calls), so the rules are tested on their own (test/reviews.test.ts).
import type { Schemas } from '../../api/client';

export type Review = Schemas['Reviews_ReviewView'];
export type DepartmentEntry = Schemas['Reviews_DepartmentView'];

export interface Person {
  user: string;
  roles: string[];
}

/** Why the review is on someone's list: their department's opinion, or the sales manager's or general manager's step. */
export type TaskKind = 'opinion' | 'consolidation' | 'confirmation' | 'decision';

export interface Task {
  review: Review;
  kind: TaskKind;
  /** the department whose opinion is due (kind `opinion`) */
  department?: string;
  /** the department's due time; none for the managers' steps */
  dueAt?: string;
  overdue: boolean;
  /** delegated to the person by name rather than theirs through a department role */
  delegated: boolean;
}

/** The departments whose opinions this person signs: those whose signing role they hold. */
export function myDepartments(directory: DepartmentEntry[], roles: string[]): string[] {
  return directory.filter((d) => d.code && d.signingRole && d.active !== false && roles.includes(d.signingRole)).map((d) => d.code!);
}

function isOpenFull(r: Review): boolean {
  return r.status === 'OPEN' && r.type === 'FULL';
}

function opinionTask(review: Review, department: string, delegated: boolean, now: number): Task {
  const task = review.tasks?.find((t) => t.department === department);
  const dueAt = task?.dueAt;
  const overdue = !!task?.overdue || (!!dueAt && Date.parse(dueAt) < now);
  return { review, kind: 'opinion', department, dueAt, overdue, delegated };
}

/**
 * The person's tasks among these reviews: each missing opinion of one of their departments, each open task delegated
 * to them, and the managers' steps (consolidation and order confirmation for SALES_MANAGER, decision for
 * GENERAL_MANAGER). One entry per review and department, in the order of {@link orderTasks}.
 */
export function tasksFor(reviews: Review[], person: Person, departments: string[], now: number = Date.now()): Task[] {
  const tasks = new Map<string, Task>();
  const add = (t: Task) => {
    const key = `${t.review.id}|${t.kind}|${t.department ?? ''}`;
    if (!tasks.has(key)) tasks.set(key, t);
  };
  for (const review of reviews) {
    const missing = review.missingOpinions ?? [];
    if (isOpenFull(review)) {
      missing.filter((d) => departments.includes(d)).forEach((d) => add(opinionTask(review, d, false, now)));
      (review.tasks ?? []).filter((t) => t.assignee === person.user && t.department && missing.includes(t.department))
        .forEach((t) => add(opinionTask(review, t.department!, true, now)));
    }
    if (person.roles.includes('SALES_MANAGER')) {
      if (isOpenFull(review) && missing.length === 0) add({ review, kind: 'consolidation', overdue: false, delegated: false });
      if (review.status === 'OPEN' && review.type === 'SIMPLIFIED') add({ review, kind: 'confirmation', overdue: false, delegated: false });
    }
    if (person.roles.includes('GENERAL_MANAGER') && review.status === 'CONSOLIDATED') {
      add({ review, kind: 'decision', overdue: false, delegated: false });
    }
  }
  return orderTasks([...tasks.values()]);
}

/** Overdue first, then by due time (soonest first), then the tasks without a due time, oldest review first. */
export function orderTasks(tasks: Task[]): Task[] {
  const due = (t: Task) => (t.dueAt ? Date.parse(t.dueAt) : Number.POSITIVE_INFINITY);
  const opened = (t: Task) => (t.review.openedAt ? Date.parse(t.review.openedAt) : 0);
  return [...tasks].sort((a, b) => Number(b.overdue) - Number(a.overdue) || due(a) - due(b) || opened(a) - opened(b));
}

/** Which forms the review page offers this person, given the review's state (the API decides in the end). */
export interface Forms {
  /** departments whose opinion the person may record now (theirs, still missing) */
  opinion: string[];
  /** departments whose open task the person may hand on (their signing role, or they manage it) */
  delegate: string[];
  consolidate: boolean;
  decide: boolean;
  confirmOrder: boolean;
  addRisk: boolean;
  history: boolean;
}

export function formsFor(review: Review, person: Person, directory: DepartmentEntry[]): Forms {
  const roles = person.roles;
  const mine = myDepartments(directory, roles);
  const missing = review.missingOpinions ?? [];
  const openFull = isOpenFull(review);
  const manages = (code: string) => directory.some((d) => d.code === code && !!d.manager && d.manager === person.user);
  return {
    // the API lets only holders of the department's signing role sign for it, delegated or not
    opinion: openFull ? missing.filter((d) => mine.includes(d)) : [],
    delegate: openFull ? missing.filter((d) => mine.includes(d) || manages(d)) : [],
    consolidate: openFull && missing.length === 0 && roles.includes('SALES_MANAGER'),
    decide: review.status === 'CONSOLIDATED' && roles.includes('GENERAL_MANAGER'),
    confirmOrder: review.status === 'OPEN' && review.type === 'SIMPLIFIED' && roles.includes('SALES_MANAGER'),
    addRisk: (review.status === 'OPEN' || review.status === 'CONSOLIDATED') && (roles.includes('SALES_MANAGER') || mine.length > 0),
    history: roles.some((r) => r === 'SALES_MANAGER' || r === 'GENERAL_MANAGER' || r === 'AUDITOR'),
  };
}

/** What the review waits for now, to say it in words. */
export type Waiting =
  | { step: 'opinions'; departments: string[] }
  | { step: 'consolidation' | 'confirmation' | 'decision' | 'none' };

export function waitingFor(review: Review): Waiting {
  if (review.status === 'CONSOLIDATED') return { step: 'decision' };
  if (review.status !== 'OPEN') return { step: 'none' };
  if (review.type === 'SIMPLIFIED') return { step: 'confirmation' };
  const missing = review.missingOpinions ?? [];
  return missing.length > 0 ? { step: 'opinions', departments: missing } : { step: 'consolidation' };
}

/** A value of a field diff as a person reads it: text as it is, nothing as a dash, anything else as compact JSON. */
export function diffValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A risk's score that blocks approval until it has a mitigation (PROCESS.md §3). */
export const HIGH_RISK_SCORE = 15;

export function blocksApproval(risk: { score?: number; mitigation?: string }): boolean {
  return (risk.score ?? 0) >= HIGH_RISK_SCORE && !risk.mitigation?.trim();
}
