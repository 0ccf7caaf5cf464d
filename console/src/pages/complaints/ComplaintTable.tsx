import { fmtDateTime } from '../../i18n/format';
import { href } from '../../router';
import type { BoardColumn } from './board';
import { excerpt } from './BoardCard';
import { categoryLabel, statusLabel, t } from './messages';
import { NextDue } from './NextDue';
import { SeverityBadge } from './SeverityBadge';

/** The board as one list, in lifecycle order: for narrow screens and for reading rather than scanning. */
export function ComplaintTable({ columns, name }: { columns: BoardColumn[]; name: (id: string | undefined) => string }) {
  const rows = columns.flatMap((col) => col.items);
  return (
    <div class="table-wrap">
      <table id="complaint-list">
        <caption class="visually-hidden">{t('boardTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('customer')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('severity')}</th>
            <th scope="col">{t('category')}</th>
            <th scope="col">{t('description')}</th>
            <th scope="col">{t('nextDue')}</th>
            <th scope="col">{t('received')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} data-complaint-id={c.id} data-status={c.status}>
              <th scope="row"><a href={href(`/complaints/${c.id}`)}>{name(c.customerId)}</a></th>
              <td>{statusLabel(c.status)}</td>
              <td><SeverityBadge severity={c.severity} /></td>
              <td>{categoryLabel(c.category)}</td>
              <td>{excerpt(c.description, 80)}</td>
              <td><NextDue complaint={c} /></td>
              <td>{fmtDateTime(c.receivedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p class="note">{t('emptyColumn')}</p>}
    </div>
  );
}
