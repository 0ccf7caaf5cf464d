import type { Schemas } from '../../api/client';
import { fmtDateTime } from '../../i18n/format';
import { customerName, type Customer } from './customers';
import { invitationStatusLabel } from './labels';
import { ts } from './surveyMessages';

const STATUS_BADGE: Record<string, string> = { SENT: 'warn', RESPONDED: 'ok', EXPIRED: 'bad' };

/** The invitations sent with a survey: to whom, about what, whether mailed, and whether answered. */
export function InvitationsTable({ items, customers }: { items: Schemas['Feedback_InvitationView'][]; customers: Customer[] | undefined }) {
  if (items.length === 0) return <p class="note" id="invitations-empty">{ts('invitationsEmpty')}</p>;
  return (
    <div class="table-wrap">
      <table id="invitation-list">
        <caption class="visually-hidden">{ts('invitationsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{ts('customer')}</th>
            <th scope="col">{ts('context')}</th>
            <th scope="col">{ts('status')}</th>
            <th scope="col">{ts('sentAt')}</th>
            <th scope="col">{ts('expiresAt')}</th>
            <th scope="col">{ts('respondedAt')}</th>
            <th scope="col">{ts('mailedTo')}</th>
            <th scope="col">{ts('issuedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} data-invitation-id={i.id} data-status={i.status}>
              <th scope="row">{customerName(customers, i.customerId)}</th>
              <td>{i.context}</td>
              <td><span class={`badge ${STATUS_BADGE[i.status ?? ''] ?? ''}`}>{invitationStatusLabel(i.status)}</span></td>
              <td>{fmtDateTime(i.sentAt)}</td>
              <td>{fmtDateTime(i.expiresAt)}</td>
              <td>{fmtDateTime(i.respondedAt)}</td>
              <td>{i.mailed ? i.mailedTo : <span class="note">{ts('notMailed')}</span>}</td>
              <td>{i.tokenIssuedBy}{i.staffIssued && <> <span class="badge">{ts('staffIssued')}</span></>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
