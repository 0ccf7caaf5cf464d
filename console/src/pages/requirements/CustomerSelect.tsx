import { useState } from 'preact/hooks';
import { listCustomers } from './calls';
import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { useResource } from '../../ui/hooks';
import { valueOf } from './rows';
import { tr } from './messages';

/** Picks the customer from the archive (GET /api/v1/customers), narrowed by what is typed into the search box. */
export function CustomerSelect({ value, onChange, problem }: { value: string; onChange: (id: string) => void; problem?: Problem | null }) {
  const [search, setSearch] = useState('');
  const customers = useResource(listCustomers, []);
  const needle = search.trim().toLowerCase();
  const shown = (customers.data?.items ?? []).filter((c) => !needle || c.id === value
    || `${c.code} ${c.name}`.toLowerCase().includes(needle));
  return (
    <div class="form-row">
      <div class="field">
        <label for="customer-search">{tr('customer.search')}</label>
        <input id="customer-search" type="search" value={search} onInput={(e) => setSearch(valueOf(e))} />
      </div>
      <Field name="customerId" label={tr('customer')} problem={problem} required>
        <select {...controlProps('customerId', problem)} value={value} onChange={(e) => onChange(valueOf(e))}>
          <option value="">{customers.loading ? tr('loadingCustomers') : tr('customer.choose')}</option>
          {shown.map((c) => <option key={c.id} value={c.id} data-code={c.code}>{c.code} · {c.name}</option>)}
        </select>
      </Field>
    </div>
  );
}
