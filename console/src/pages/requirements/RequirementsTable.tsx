import type { Schemas } from '../../api/client';
import { fmtDate, fmtDateTime, fmtMoney } from '../../i18n/format';
import { href } from '../../router';
import { StatusBadge } from './StatusBadge';
import { sourceLabel } from './labels';
import { tr } from './messages';

type Requirement = Schemas['Requirements_RequirementView'];

/** Requirements as rows, each linking to its record. */
export function RequirementsTable({ items, customerName }: { items: Requirement[]; customerName: (id?: string) => string }) {
  if (items.length === 0) return <p class="note" id="no-requirements">{tr('list.empty')}</p>;
  return (
    <div class="table-wrap">
      <table id="requirements">
        <thead>
          <tr>
            <th scope="col">{tr('title')}</th>
            <th scope="col">{tr('customer')}</th>
            <th scope="col">{tr('status')}</th>
            <th scope="col">{tr('source')}</th>
            <th scope="col" class="num">{tr('revision')}</th>
            <th scope="col" class="num">{tr('totalValue')}</th>
            <th scope="col">{tr('delivery.dueDate')}</th>
            <th scope="col">{tr('createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id} data-requirement-id={r.id}>
              <td><a href={href(`/requirements/${r.id}`)}>{r.title}</a>{r.highRisk && <> <span class="badge bad">{tr('highRisk.short')}</span></>}</td>
              <td>{customerName(r.customerId)}</td>
              <td><StatusBadge status={r.status} /></td>
              <td>{sourceLabel(r.source)}</td>
              <td class="num">{r.revision}</td>
              <td class="num">{fmtMoney(r.totalValue, r.currency)}</td>
              <td>{fmtDate(r.delivery?.dueDate)}</td>
              <td>{fmtDateTime(r.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
