import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { hasRole } from '../../auth/session';
import { href } from '../../router';
import { useLive, useResource } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { tc } from '../../ui/messages';
import { valueOf } from '../requirements/rows';
import { RegisterForm } from './RegisterForm';
import { tu } from './messages';

/** The customer archive: search by name, register a new customer, open one's overview. */
export function CustomersPage() {
  const [name, setName] = useState('');
  const list = useResource(() => call(api.GET('/api/v1/customers', { params: { query: { name: name.trim() || undefined, size: 200, sort: ['code,asc'] } } })), [name]);
  useLive(['accord.customer.'], () => void list.reload());
  const items = list.data?.items ?? [];
  return (
    <Page title={tc('nav.customers')}>
      {hasRole('SALES', 'SALES_MANAGER') && <RegisterForm />}
      <div class="field" role="search">
        <label for="customer-name-search">{tu('search')}</label>
        <input id="customer-name-search" type="search" value={name} onInput={(e) => setName(valueOf(e))} />
      </div>
      <ProblemBanner error={list.error} onReload={() => void list.reload()} />
      <div class="table-wrap" aria-live="polite">
        <table id="customers">
          <thead><tr>
            <th scope="col">{tu('code')}</th><th scope="col">{tu('name')}</th><th scope="col">{tu('mailTo')}</th>
            <th scope="col">{tu('language')}</th><th scope="col">{tu('newCustomer')}</th>
          </tr></thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id} data-customer-id={c.id} data-code={c.code}>
                <td><a href={href(`/customers/${c.id}`)}>{c.code}</a></td>
                <td>{c.name}</td>
                <td>{c.mailTo ? `${c.mailTo.name} <${c.mailTo.email}>` : tc('none')}</td>
                <td>{c.language}</td>
                <td>{c.newCustomer ? <span class="badge warn">{tu('newCustomer.yes')}</span> : tu('newCustomer.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.data && items.length === 0 && <p class="note">{tu('list.empty')}</p>}
    </Page>
  );
}
