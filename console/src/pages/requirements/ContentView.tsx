import { fmtDate, fmtMoney, fmtNumber } from '../../i18n/format';
import { tc } from '../../ui/messages';
import { categoryLabel, serviceLabel } from './labels';
import type { Requirement } from './types';
import { tr } from './messages';

/** What the customer asks: items, delivery, services, the requirements by category. */
export function ContentView({ r }: { r: Requirement }) {
  return (
    <section aria-labelledby="content-heading">
      <h2 id="content-heading">{tr('items')}</h2>
      <div class="table-wrap">
        <table id="items">
          <thead>
            <tr>
              <th scope="col">{tr('item.productCode')}</th><th scope="col">{tr('item.description')}</th>
              <th scope="col" class="num">{tr('item.quantity')}</th><th scope="col">{tr('item.unit')}</th>
              <th scope="col" class="num">{tr('item.unitPrice')}</th><th scope="col">{tr('item.specification')}</th>
            </tr>
          </thead>
          <tbody>
            {(r.items ?? []).map((i, n) => (
              <tr key={n} data-product={i.productCode}>
                <td>{i.productCode}</td><td>{i.description}</td><td class="num">{fmtNumber(i.quantity, 4)}</td><td>{i.unit}</td>
                <td class="num">{fmtMoney(i.unitPrice, i.currency)}</td><td>{i.specification}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="grid">
        <div>
          <h3>{tr('delivery')}</h3>
          <dl class="facts">
            <dt>{tr('delivery.dueDate')}</dt><dd id="due-date">{fmtDate(r.delivery?.dueDate) || tc('none')}</dd>
            <dt>{tr('delivery.place')}</dt><dd>{r.delivery?.place || tc('none')}</dd>
            <dt>{tr('delivery.terms')}</dt><dd>{r.delivery?.terms || tc('none')}</dd>
          </dl>
        </div>
        <div>
          <h3>{tr('services')}</h3>
          <p>{(r.services ?? []).map((s) => serviceLabel(s)).join(', ') || tc('none')}</p>
        </div>
      </div>
      <h3>{tr('lines')}</h3>
      {(r.requirements ?? []).length === 0 ? <p class="note">{tc('none')}</p> : (
        <ul>{r.requirements!.map((l, n) => <li key={n}><strong>{categoryLabel(l.category)}</strong>: {l.text}{l.reference && <> ({l.reference})</>}</li>)}</ul>
      )}
    </section>
  );
}
