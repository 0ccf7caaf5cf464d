import type { Schemas } from '../../api/client';
import { fmtDateTime, fmtMoney } from '../../i18n/format';
import { href } from '../../router';
import { tc } from '../../ui/messages';
import { StatusBadge } from '../requirements/StatusBadge';
import type { Overview } from './overview';
import { tu } from './messages';

function Table({ id, items }: { id: string; items: Schemas['Requirements_RequirementView'][] }) {
  if (items.length === 0) return <p class="note">{tc('none')}</p>;
  return (
    <div class="table-wrap">
      <table id={id}>
        <thead><tr>
          <th scope="col">{tu('col.title')}</th><th scope="col">{tu('col.status')}</th>
          <th scope="col" class="num">{tu('col.value')}</th><th scope="col">{tu('col.updated')}</th>
        </tr></thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id} data-requirement-id={r.id}>
              <td><a href={href(`/requirements/${r.id}`)}>{r.title}</a></td>
              <td><StatusBadge status={r.status} /></td>
              <td class="num">{fmtMoney(r.totalValue, r.currency)}</td>
              <td>{fmtDateTime(r.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The customer's open and accepted requirements, with the counts in all. */
export function RequirementsPart({ part, customerId }: { part: NonNullable<Overview['requirements']>; customerId: string }) {
  return (
    <>
      <p>{tu('requirements.counts', { total: part.total, open: part.openTotal, accepted: part.acceptedTotal })}
        {' '}<a href={href(`/requirements?customerId=${customerId}`)}>{tu('requirements.all')}</a>
        {' · '}<a href={href(`/requirements/new?customerId=${customerId}`)} id="new-requirement-for-customer">{tu('requirements.new')}</a></p>
      <h3>{tu('requirements.open')}</h3>
      <Table id="open-requirements" items={part.open} />
      <h3>{tu('requirements.accepted')}</h3>
      <Table id="accepted-requirements" items={part.accepted} />
    </>
  );
}
