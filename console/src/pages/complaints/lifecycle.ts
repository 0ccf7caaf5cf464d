// What the complaint lifecycle (PROCESS.md §3) allows in each state and to whom, and which deadline a complaint is
// racing: pure rules, so the pages show only the steps that can succeed and the unit tests can pin them down. The
// server decides in the end (a 409 or 403 still shows); these mirror complaint-service's Complaint and Permissions.
import type { Schemas } from '../../api/client';

export type Complaint = Schemas['Complaints_ComplaintView'];
export type ComplaintStatus = Schemas['Complaints_ComplaintStatus'];
export type CorrectiveAction = Schemas['Complaints_CorrectiveActionView'];
export type ActionStatus = Schemas['Complaints_Status'];

/**
 * The board's columns, in the order a complaint travels: a reopened one waits for its next investigation, so it
 * stands before INVESTIGATING; the two ends last.
 */
export const BOARD_COLUMNS: readonly ComplaintStatus[] = ['RECEIVED', 'ACKNOWLEDGED', 'REOPENED', 'INVESTIGATING', 'RESOLVED', 'CLOSED', 'WITHDRAWN'];

export const ENDED: readonly ComplaintStatus[] = ['CLOSED', 'WITHDRAWN'];

export type Step = 'acknowledge' | 'investigate' | 'resolve' | 'confirm' | 'withdraw' | 'openCorrectiveAction';

const STEPS_BY_STATE: Record<ComplaintStatus, Step[]> = {
  RECEIVED: ['acknowledge', 'withdraw'],
  ACKNOWLEDGED: ['investigate', 'withdraw'],
  REOPENED: ['investigate', 'openCorrectiveAction', 'withdraw'],
  // an investigation may be recorded again (updated) while it runs
  INVESTIGATING: ['resolve', 'investigate', 'openCorrectiveAction', 'withdraw'],
  RESOLVED: ['confirm', 'openCorrectiveAction', 'withdraw'],
  // a closed complaint still takes corrective actions: they may run on after the customer accepted
  CLOSED: ['openCorrectiveAction'],
  WITHDRAWN: [],
};

const HANDLE = ['SALES', 'SALES_MANAGER', 'CUSTOMER_SERVICE'];

/** The roles that may take each step (accord-web's Permissions: complaints:handle, :investigate, :resolve, corrective-actions:open). */
export const STEP_ROLES: Record<Step, readonly string[]> = {
  acknowledge: HANDLE,
  confirm: HANDLE,
  withdraw: HANDLE,
  investigate: ['QUALITY', 'CUSTOMER_SERVICE', 'PRODUCTION', 'TECHNICAL'],
  resolve: ['QUALITY', 'CUSTOMER_SERVICE', 'SALES_MANAGER'],
  openCorrectiveAction: ['QUALITY', 'CUSTOMER_SERVICE', 'PRODUCTION', 'TECHNICAL'],
};

/** The steps the state allows, the one that moves the complaint forward first. */
export function stepsInState(status: ComplaintStatus | undefined): Step[] {
  return status ? STEPS_BY_STATE[status] ?? [] : [];
}

/** The steps the state allows that one of these roles may take. */
export function allowedSteps(status: ComplaintStatus | undefined, roles: readonly string[]): Step[] {
  return stepsInState(status).filter((step) => STEP_ROLES[step].some((r) => roles.includes(r)));
}

/** The step that moves the complaint on (shown open); the others wait behind a button. */
export function primaryStep(status: ComplaintStatus | undefined): Step | null {
  const first = stepsInState(status)[0];
  return first && first !== 'withdraw' && first !== 'openCorrectiveAction' ? first : null;
}

export interface DueClock {
  kind: 'ack' | 'resolution';
  due: string;
  /** the step is done (or the complaint ended): the clock no longer runs */
  done: boolean;
}

/**
 * The deadline a complaint races: acknowledgement until it is acknowledged, then resolution. A reopened complaint's
 * resolution clock runs again (its refused resolution no longer counts); a withdrawn one's clocks stop.
 */
export function nextDue(c: Pick<Complaint, 'status' | 'acknowledgedAt' | 'resolvedAt' | 'ackDueAt' | 'resolutionDueAt'>): DueClock | null {
  const ended = !!c.status && ENDED.includes(c.status);
  if (!c.acknowledgedAt) {
    return c.ackDueAt ? { kind: 'ack', due: c.ackDueAt, done: ended } : null;
  }
  return c.resolutionDueAt ? { kind: 'resolution', due: c.resolutionDueAt, done: ended || !!c.resolvedAt } : null;
}

export type ActionStep = 'implement' | 'verify';

/** What comes next for a corrective action: OPEN or INEFFECTIVE → implement; IMPLEMENTED → verify; VERIFIED → nothing. */
export function actionStepsInState(status: ActionStatus | undefined): ActionStep[] {
  if (status === 'OPEN' || status === 'INEFFECTIVE') return ['implement'];
  if (status === 'IMPLEMENTED') return ['verify'];
  return [];
}

/** corrective-actions:implement and :verify (the effectiveness check is the quality department's). */
export const ACTION_STEP_ROLES: Record<ActionStep, readonly string[]> = {
  implement: ['QUALITY', 'CUSTOMER_SERVICE', 'PRODUCTION', 'TECHNICAL', 'PROCUREMENT'],
  verify: ['QUALITY'],
};

export function allowedActionSteps(status: ActionStatus | undefined, roles: readonly string[]): ActionStep[] {
  return actionStepsInState(status).filter((step) => ACTION_STEP_ROLES[step].some((r) => roles.includes(r)));
}

/** A severity's badge tone: the colour repeats what the label says, never replaces it. */
export function severityTone(severity: string | undefined): '' | 'warn' | 'bad' {
  return severity === 'CRITICAL' ? 'bad' : severity === 'MAJOR' ? 'warn' : '';
}

/**
 * When a corrective action falls overdue: its due date is the last day to implement it (UTC, the suite's clock), so
 * the clock runs out at the start of the next day.
 */
export function actionDueInstant(dueDate: string | undefined): string | null {
  if (!dueDate) return null;
  const start = Date.parse(`${dueDate}T00:00:00Z`);
  return Number.isNaN(start) ? null : new Date(start + 86_400_000).toISOString();
}

/** Still to be implemented (OPEN, or INEFFECTIVE and so open again): only these can be overdue. */
export function actionPending(status: ActionStatus | undefined): boolean {
  return status === 'OPEN' || status === 'INEFFECTIVE';
}
