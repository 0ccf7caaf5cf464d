import { fmtDateTime } from '../../i18n/format';
import { href } from '../../router';
import { tc } from '../../ui/messages';
import type { Overview } from './overview';
import { tu } from './messages';

/** The customer's complaints, newest first, each linking to its record. */
export function ComplaintsPart({ complaints }: { complaints: NonNullable<Overview['complaints']> }) {
  if (complaints.length === 0) return <p class="note">{tc('none')}</p>;
  return (
    <div class="table-wrap">
      <table id="customer-complaints">
        <thead><tr>
          <th scope="col">{tu('col.description')}</th><th scope="col">{tu('col.status')}</th>
          <th scope="col">{tu('col.severity')}</th><th scope="col">{tu('col.received')}</th>
        </tr></thead>
        <tbody>
          {complaints.map((c) => (
            <tr key={c.id} data-complaint-id={c.id}>
              <td><a href={href(`/complaints/${c.id}`)}>{c.description}</a></td>
              <td><span class={`badge${c.slaBreached ? ' bad' : ''}`}>{c.statusLabel ?? c.status}</span></td>
              <td>{c.severityLabel ?? c.severity}</td>
              <td>{fmtDateTime(c.receivedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
