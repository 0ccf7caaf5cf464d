import type { Complaint, CorrectiveAction } from './lifecycle';

/** What every lifecycle step of a complaint gets from the page. */
export interface StepProps {
  complaint: Complaint;
  /** the complaint's ETag as read: sent as If-Match */
  etag: string | null;
  /** the step was taken: load the complaint again */
  onDone: () => void;
  /** after a 412: load it again */
  onReload: () => void;
  onCancel?: () => void;
}

/** What a corrective action's step form gets from its list. */
export interface ActionStepProps {
  action: CorrectiveAction;
  /** the step was taken (or the action must be read again): reload the list */
  onDone: () => void;
  onCancel: () => void;
}
