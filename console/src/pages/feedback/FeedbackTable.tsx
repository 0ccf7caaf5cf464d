import type { Schemas } from '../../api/client';
import { fmtDateTime } from '../../i18n/format';
import { customerName, type Customer } from './customers';
import { categoryLabel, channelLabel } from './labels';
import { t } from './messages';

/** The feedback of one page of the list; a low rating that became a complaint says so in words, not colour. */
export function FeedbackTable({ items, customers }: { items: Schemas['Feedback_FeedbackView'][]; customers: Customer[] | undefined }) {
  if (items.length === 0) return <p class="note" id="feedback-empty">{t('empty')}</p>;
  return (
    <div class="table-wrap">
      <table id="feedback-list">
        <caption class="visually-hidden">{t('listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('received')}</th>
            <th scope="col">{t('customer')}</th>
            <th scope="col">{t('channel')}</th>
            <th scope="col">{t('category')}</th>
            <th scope="col" class="num">{t('rating')}</th>
            <th scope="col">{t('text')}</th>
            <th scope="col">{t('orderRef')}</th>
            <th scope="col">{t('recordedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((f) => (
            <tr key={f.id} data-feedback-id={f.id}>
              <td>{fmtDateTime(f.receivedAt)}</td>
              <td>{customerName(customers, f.customerId)}</td>
              <td>{channelLabel(f.channel)}</td>
              <td>{categoryLabel(f.category)}</td>
              <td class="num">
                {f.rating != null ? t('ratingOf', { rating: f.rating }) : '–'}
                {f.escalated && <> <span class="badge bad">{t('escalatedNote')}</span></>}
              </td>
              <td class="feedback-text">{f.text}</td>
              <td>{f.orderRef}</td>
              <td>{f.recordedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
