import { fmtDateTime, fmtNumber } from '../../i18n/format';
import { AcceptanceForm } from './AcceptanceForm';
import { DeliveryForm } from './DeliveryForm';
import { canWrite, type SectionProps } from './types';
import { tr } from './messages';

/** An accepted requirement's deliveries: progress per product, each delivery and the customer's acceptance. */
export function DeliveriesSection(props: SectionProps) {
  const { r } = props;
  const deliveries = r.deliveries ?? [];
  const recording = r.status === 'ACCEPTED' && canWrite();
  if (r.status !== 'ACCEPTED' && r.status !== 'DELIVERED' && deliveries.length === 0) return null;
  return (
    <section class="card" aria-labelledby="deliveries-heading" id="deliveries">
      <h2 id="deliveries-heading">{tr('deliveries')}</h2>
      <div class="table-wrap">
        <table>
          <thead><tr>
            <th scope="col">{tr('item.productCode')}</th><th scope="col" class="num">{tr('progress.ordered')}</th>
            <th scope="col" class="num">{tr('progress.delivered')}</th><th scope="col" class="num">{tr('progress.accepted')}</th>
            <th scope="col" class="num">{tr('progress.outstanding')}</th>
          </tr></thead>
          <tbody>
            {(r.deliveryProgress ?? []).map((p) => (
              <tr key={p.productCode} data-product={p.productCode}>
                <td>{p.productCode}</td><td class="num">{fmtNumber(p.ordered, 4)}</td><td class="num">{fmtNumber(p.delivered, 4)}</td>
                <td class="num">{fmtNumber(p.accepted, 4)}</td><td class="num">{fmtNumber(p.outstanding, 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol>
        {deliveries.map((d) => (
          <li key={d.number} data-delivery={d.number}>
            {tr('delivery.line', { n: d.number ?? '', at: fmtDateTime(d.deliveredAt), by: d.recordedBy ?? '' })}
            {d.reference && <> · {d.reference}</>}: {(d.lines ?? []).map((l) => `${l.productCode} × ${fmtNumber(l.quantity, 4)}`).join(', ')}
            {d.acceptance
              ? <p class="note">{d.acceptance.accepted ? tr('acceptance.wasAccepted') : tr('acceptance.wasRejected', { reason: d.acceptance.reason ?? '' })}</p>
              : recording && <AcceptanceForm {...props} n={d.number!} />}
          </li>
        ))}
      </ol>
      {recording && <DeliveryForm {...props} key={r.version} />}
    </section>
  );
}
