import { useState } from 'preact/hooks';
import type { Schemas } from '../../api/client';
import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { useResource } from '../../ui/hooks';
import { listCustomers, loadCustomer } from './calls';
import { valueOf } from './rows';
import { tr } from './messages';

type Customer = Schemas['Requirements_CustomerView'];

/**
 * Picks the customer from the archive (GET /api/v1/customers): those whose name contains what is typed into the search
 * box. The chosen one stays an option whatever is searched next (and one given by the link, ?customerId=, is loaded).
 */
export function CustomerSelect({ value, onChange, problem }: { value: string; onChange: (id: string) => void; problem?: Problem | null }) {
  const [search, setSearch] = useState('');
  const customers = useResource(() => listCustomers(search), [search.trim()]);
  const given = useResource(async () => (value ? loadCustomer(value) : { data: null as Customer | null, etag: null, response: null as unknown as Response }), []);
  const [chosen, setChosen] = useState<Customer | null>(null);
  const found = customers.data?.items ?? [];
  const selected = chosen ?? given.data;
  const options = selected && selected.id === value && !found.some((c) => c.id === value) ? [selected, ...found] : found;
  const choose = (id: string) => {
    setChosen(found.find((c) => c.id === id) ?? null);
    onChange(id);
  };
  return (
    <div class="form-row">
      <div class="field">
        <label for="customer-search">{tr('customer.search')}</label>
        <input id="customer-search" type="search" value={search} onInput={(e) => setSearch(valueOf(e))} />
      </div>
      <Field name="customerId" label={tr('customer')} problem={problem} required>
        <select {...controlProps('customerId', problem)} value={value} onChange={(e) => choose(valueOf(e))}>
          <option value="">{customers.loading ? tr('loadingCustomers') : tr('customer.choose')}</option>
          {options.map((c) => <option key={c.id} value={c.id} data-code={c.code}>{c.code} · {c.name}</option>)}
        </select>
      </Field>
    </div>
  );
}
