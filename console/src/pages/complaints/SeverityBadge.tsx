import { severityTone } from './lifecycle';
import { severityLabel } from './messages';

export function SeverityBadge({ severity }: { severity: string | undefined }) {
  return <span class={`badge ${severityTone(severity)}`} data-severity={severity}>{severityLabel(severity)}</span>;
}
