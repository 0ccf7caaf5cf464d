import { statusLabel, statusTone } from './labels';

/** A requirement's status as a badge: the label in words (colour only repeats it). */
export function StatusBadge({ status, id }: { status: string | undefined; id?: string }) {
  return <span class={`badge ${statusTone(status)}`} id={id} data-status={status}>{statusLabel(status)}</span>;
}
