import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { useResource } from '../../ui/hooks';
import { customerName, rememberCustomers } from './customers';
import { t } from './messages';

interface Props {
  value: string;
  onChange: (customerId: string) => void;
  problem?: Problem | null;
}

/** Picks the customer (GET /api/v1/customers by name): a search box narrows the list, the list holds the choice. */
export function CustomerPicker({ value, onChange, problem }: Props) {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const found = useResource(() => call(api.GET('/api/v1/customers', {
    params: { query: { name: query || undefined, size: 50, sort: ['name,asc'] } },
  })), [query]);
  const items = found.data?.items ?? [];
  useEffect(() => {
    rememberCustomers(items);
    // one match for what was typed: that is the customer meant
    if (query && items.length === 1 && items[0].id && items[0].id !== value) onChange(items[0].id);
  }, [found.data]);
  return (
    <div class="customer-picker">
      <div class="field">
        <label for="customer-search">{t('findCustomer')}</label>
        <input id="customer-search" type="search" value={search} autoComplete="off"
          aria-controls="f-customerId" onInput={(e) => setSearch((e.target as HTMLInputElement).value)} />
      </div>
      <Field name="customerId" label={t('customer')} problem={problem} required
        hint={found.data && items.length === 0 ? t('noCustomerFound') : undefined}>
        <select {...controlProps('customerId', problem)} value={value} required
          onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
          <option value="">{t('pickCustomer')}</option>
          {value && !items.some((c) => c.id === value) && <option value={value}>{customerName(value)}</option>}
          {items.map((c) => <option key={c.id} value={c.id}>{c.name} ({c.code})</option>)}
        </select>
      </Field>
    </div>
  );
}
