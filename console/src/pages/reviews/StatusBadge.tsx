import { statusLabel, statusTone } from './labels';

/** A review's status as a badge: the word says it, the colour only helps. */
export function StatusBadge({ status, id }: { status: string | undefined; id?: string }) {
  return <span class={`badge ${statusTone(status)}`} id={id} data-status={status}>{statusLabel(status)}</span>;
}
