import { labels } from '../../i18n/i18n';

export const statusLabel = labels(
  { QUEUED: 'Queued', SENT: 'Sent', FAILED: 'Failed' },
  { QUEUED: '排队中', SENT: '已发送', FAILED: '发送失败' },
);

const KIND: Record<string, string> = { QUEUED: 'warn', SENT: 'ok', FAILED: 'bad' };
const MARK: Record<string, string> = { QUEUED: '…', SENT: '✓', FAILED: '✕' };

/** A mail's status: a word and a mark, coloured too (never by colour alone). */
export function MailStatusBadge({ status, label }: { status?: string; label?: string }) {
  return (
    <span class={`badge ${KIND[status ?? ''] ?? ''}`} data-status={status}>
      <span aria-hidden="true">{MARK[status ?? ''] ?? ''} </span>{label ?? statusLabel(status)}
    </span>
  );
}
