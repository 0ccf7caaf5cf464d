import type { Schemas } from '../../api/client';
import { FilterSelect } from './FilterSelect';
import { SORTS, type ListQuery, type Sort } from './listQuery';
import { SOURCES, STATUSES, sourceLabel, statusLabel } from './labels';
import { valueOf } from './rows';
import { tr } from './messages';

/** Status, customer, source and sort of the requirements list. */
export function RequirementFilters({ query, customers, onChange }: {
  query: ListQuery; customers: Schemas['Requirements_CustomerView'][]; onChange: (patch: Partial<ListQuery>) => void;
}) {
  return (
    <form class="form-row filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <FilterSelect id="filter-status" label={tr('status')} value={query.status} onChange={(status) => onChange({ status, page: 0 })}
        options={STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))} />
      <FilterSelect id="filter-customer" label={tr('customer')} value={query.customerId} onChange={(customerId) => onChange({ customerId, page: 0 })}
        options={customers.map((c) => ({ value: c.id ?? '', label: `${c.code} · ${c.name}` }))} />
      <FilterSelect id="filter-source" label={tr('source')} value={query.source} onChange={(source) => onChange({ source, page: 0 })}
        options={SOURCES.map((s) => ({ value: s, label: sourceLabel(s) }))} />
      <div class="field">
        <label for="sort">{tr('sort')}</label>
        <select id="sort" value={query.sort} onChange={(e) => onChange({ sort: valueOf(e) as Sort, page: 0 })}>
          {SORTS.map((s) => <option key={s} value={s}>{tr(`sort.${s}`)}</option>)}
        </select>
      </div>
    </form>
  );
}
