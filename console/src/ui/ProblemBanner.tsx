// What failed, said plainly (role=alert, so screen readers announce it), with the way out: reload a stale record,
// retry when a service is back. Field violations are shown beside their fields; the banner lists only the rest.
import type { ApiError, Violation } from '../api/problem';
import { tc } from './messages';

interface Props {
  error: ApiError | null | undefined;
  /** offered on a 412 (and after a network failure): load the record again */
  onReload?: () => void;
  /** violations that no field on the page shows */
  unplaced?: Violation[];
}

export function problemText(error: ApiError): string {
  const p = error.problem;
  if (p.status === 0) return tc('problem.network');
  if (p.status === 412) return tc('problem.stale');
  if (p.status === 409) return tc('problem.conflict', { detail: p.detail ?? p.title ?? '' });
  if (p.status === 403) return p.detail ?? tc('problem.forbidden');
  if (p.status === 503) return tc('problem.unavailable', { seconds: error.retryAfterSeconds ?? 5 });
  if (p.status === 400 && p.violations?.length) return p.detail && !p.violations ? p.detail : tc('problem.fields');
  return p.detail ?? p.title ?? tc('problem.generic', { status: p.status });
}

export function ProblemBanner({ error, onReload, unplaced }: Props) {
  if (!error) return null;
  const kind = error.status === 412 ? 'stale' : error.status === 409 ? 'conflict' : 'error';
  return (
    <div class={`problem problem-${kind}`} role="alert" data-status={error.status}>
      <p>
        {error.problem.title && error.status >= 400 && error.status !== 412 && <strong>{error.problem.title}. </strong>}
        {problemText(error)}
      </p>
      {unplaced && unplaced.length > 0 && (
        <ul>{unplaced.map((v) => <li key={v.field}><code>{v.field}</code>: {v.message}</li>)}</ul>
      )}
      {onReload && (error.status === 412 || error.status === 0) && (
        <button type="button" class="primary" onClick={onReload}>{tc('reload')}</button>
      )}
    </div>
  );
}
