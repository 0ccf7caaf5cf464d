import { fmtDateTime, fmtMoney } from '../../i18n/format';
import { href } from '../../router';
import { typeLabel } from './labels';
import type { Review } from './logic';
import { t } from './messages';
import { StatusBadge } from './StatusBadge';

export function ReviewTable({ reviews }: { reviews: Review[] }) {
  return (
    <div class="table-wrap">
      <table id="reviews">
        <thead>
          <tr>
            <th scope="col">{t('openedAt')}</th>
            <th scope="col">{t('requirement')}</th>
            <th scope="col">{t('customer')}</th>
            <th scope="col">{t('type')}</th>
            <th scope="col" class="num">{t('value')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((r) => (
            <tr key={r.id} data-review-id={r.id} data-status={r.status}>
              <td>{fmtDateTime(r.openedAt)}</td>
              <td><a href={href(`/reviews/${r.id}`)}>{r.requirement?.title || r.id}</a> <span class="note">{t('roundOf', { round: r.round ?? 1, revision: r.requirementRevision ?? 1 })}</span></td>
              <td>{r.requirement?.customerCode}</td>
              <td>{typeLabel(r.type)}</td>
              <td class="num">{fmtMoney(r.requirement?.totalValue, r.requirement?.currency)}</td>
              <td><StatusBadge status={r.status} />{r.overdue && <> <span class="badge bad">{t('overdue')}</span></>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
