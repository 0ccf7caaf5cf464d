import type { Schemas } from '../../api/client';
import { fmtDateTime, fmtNumber } from '../../i18n/format';
import { MailStatusBadge } from './MailStatusBadge';
import { serviceName, t } from './messages';

export function MailTable({ items }: { items: Schemas['Gateway_NotificationItem'][] }) {
  return (
    <div class="table-wrap">
      <table id="mails">
        <thead>
          <tr>
            <th scope="col">{t('queuedAt')}</th>
            <th scope="col">{t('recipient')}</th>
            <th scope="col">{t('subject')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col" class="num">{t('attempts')}</th>
            <th scope="col">{t('reason')}</th>
            <th scope="col">{t('sentAt')}</th>
            <th scope="col">{t('about')}</th>
            <th scope="col">{t('service')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id} data-mail-id={m.id} data-status={m.status}>
              <td>{fmtDateTime(m.queuedAt)}</td>
              <td>{m.recipient}</td>
              <td>{m.subject}<br /><small class="note">{m.template}{m.locale ? ` · ${m.locale}` : ''}</small></td>
              <td><MailStatusBadge status={m.status} label={m.statusLabel} /></td>
              <td class="num">{fmtNumber(m.attempts)}</td>
              <td data-reason>{m.reason}</td>
              <td>{fmtDateTime(m.sentAt)}</td>
              <td>{m.aboutType}{m.aboutId && <><br /><code>{m.aboutId}</code></>}</td>
              <td>{serviceName(m.service)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
