import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { fmtDateTime } from '../../i18n/format';
import { useResource } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { tc } from '../../ui/messages';
import { tr } from './messages';

/** The audit entries, collapsed; loaded when opened (and again when the record changes while open). */
export function HistorySection({ id, version }: { id: string; version?: number }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="card" id="history" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{tr('history')}</summary>
      {open && <HistoryTable id={id} version={version} />}
    </details>
  );
}

function HistoryTable({ id, version }: { id: string; version?: number }) {
  const history = useResource(() => call(api.GET('/api/v1/requirements/{id}/history', { params: { path: { id } } })), [id, version]);
  if (history.error) return <ProblemBanner error={history.error} />;
  if (!history.data) return <p>{tc('loading')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead><tr>
          <th scope="col">{tr('history.at')}</th><th scope="col">{tr('history.actor')}</th><th scope="col">{tr('history.action')}</th>
          <th scope="col">{tr('history.state')}</th>
        </tr></thead>
        <tbody>
          {history.data.map((h) => (
            <tr key={h.seq}>
              <td>{fmtDateTime(h.at)}</td><td>{h.actor}</td><td>{h.action}</td>
              <td>{h.stateBefore && h.stateBefore !== h.stateAfter ? `${h.stateBefore} → ${h.stateAfter}` : h.stateAfter}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
