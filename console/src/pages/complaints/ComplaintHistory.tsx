import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { fmtDateTime } from '../../i18n/format';
import { tc } from '../../ui/messages';
import { useResource } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { historyActionLabel, statusLabel, t } from './messages';

/** The audit trail, collapsed: loaded when opened, and again when the complaint changes (`stamp`, its ETag). */
export function ComplaintHistory({ complaintId, stamp }: { complaintId: string; stamp: string | null }) {
  const [open, setOpen] = useState(false);
  return (
    <details id="complaint-history" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary><h2 class="inline">{t('history')}</h2></summary>
      {open && <HistoryTable complaintId={complaintId} stamp={stamp} />}
    </details>
  );
}

function HistoryTable({ complaintId, stamp }: { complaintId: string; stamp: string | null }) {
  const history = useResource(() => call(api.GET('/api/v1/complaints/{id}/history', { params: { path: { id: complaintId } } })), [complaintId, stamp]);
  const entries = history.data ?? [];
  if (history.error) return <ProblemBanner error={history.error} />;
  if (!history.data) return <p class="note">{tc('loading')}</p>;
  if (entries.length === 0) return <p class="note">{t('noHistory')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('what')}</th>
            <th scope="col">{t('change')}</th>
            <th scope="col">{t('signature')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td>{fmtDateTime(e.at)}</td>
              <td>{e.actor}</td>
              <th scope="row">{historyActionLabel(e.action)}</th>
              <td>{e.stateBefore && e.stateAfter && e.stateBefore !== e.stateAfter
                ? `${statusLabel(e.stateBefore)} → ${statusLabel(e.stateAfter)}` : statusLabel(e.stateAfter ?? e.stateBefore)}</td>
              <td>{e.signature ? `${e.signature.meaningLabel ?? e.signature.meaning} · ${e.signature.signedBy}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
