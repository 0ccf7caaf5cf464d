import type { Schemas } from '../../api/client';
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
      <div class="field">
        <label for="filter-status">{tr('status')}</label>
        <select id="filter-status" value={query.status} onChange={(e) => onChange({ status: valueOf(e), page: 0 })}>
          <option value="">{tr('all')}</option>
          {STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-customer">{tr('customer')}</label>
        <select id="filter-customer" value={query.customerId} onChange={(e) => onChange({ customerId: valueOf(e), page: 0 })}>
          <option value="">{tr('all')}</option>
          {customers.map((c) => <option key={c.id} value={c.id}>{c.code} · {c.name}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-source">{tr('source')}</label>
        <select id="filter-source" value={query.source} onChange={(e) => onChange({ source: valueOf(e), page: 0 })}>
          <option value="">{tr('all')}</option>
          {SOURCES.map((s) => <option key={s} value={s}>{sourceLabel(s)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="sort">{tr('sort')}</label>
        <select id="sort" value={query.sort} onChange={(e) => onChange({ sort: valueOf(e) as Sort, page: 0 })}>
          {SORTS.map((s) => <option key={s} value={s}>{tr(`sort.${s}`)}</option>)}
        </select>
      </div>
    </form>
  );
}
