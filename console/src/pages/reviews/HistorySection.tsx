import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { fmtDateTime } from '../../i18n/format';
import { useResource } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { t } from './messages';
import { Signature } from './Signature';

/** The review's tamper-evident history, folded away; read from the API only when opened. */
export function HistorySection({ id, version }: { id: string; version: number | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="card" id="review-history" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary><h2 class="inline">{t('history')}</h2></summary>
      {open && <HistoryTable id={id} version={version} />}
    </details>
  );
}

function HistoryTable({ id, version }: { id: string; version: number | undefined }) {
  const history = useResource(() => call(api.GET('/api/v1/reviews/{id}/history', { params: { path: { id } } })), [id, version]);
  if (history.error) return <ProblemBanner error={history.error} onReload={history.reload} />;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('by')}</th>
            <th scope="col">{t('action')}</th>
            <th scope="col">{t('stateChange')}</th>
            <th scope="col">{t('signature')}</th>
          </tr>
        </thead>
        <tbody>
          {(history.data ?? []).map((h) => (
            <tr key={h.seq}>
              <td>{h.seq}</td>
              <td>{fmtDateTime(h.at)}</td>
              <td>{h.actor}</td>
              <td>{h.action}</td>
              <td>{h.stateBefore && h.stateBefore !== h.stateAfter ? `${h.stateBefore} → ${h.stateAfter}` : h.stateAfter}</td>
              <td><Signature signature={h.signature} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
