import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client';
import { unplacedViolations } from '../../api/problem';
import { navigate } from '../../router';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { CustomerFields } from './CustomerFields';
import { customerFieldNames, emptyCustomer, registerBody, renumberContacts, type CustomerForm } from './form';
import { useDisclosure } from '../requirements/disclosure';
import { tu } from './messages';

/** Registering a customer; on success its overview opens. */
export function RegisterForm() {
  const [form, setForm] = useState<CustomerForm>(emptyCustomer);
  const [rows, setRows] = useState<number[] | null>(null);
  const action = useAction();
  const disclosure = useDisclosure();
  const problem = renumberContacts(action.error?.problem, rows);
  const register = async (e: Event) => {
    e.preventDefault();
    const built = registerBody(form);
    setRows(built.rows);
    const done = await action.run(() => call(api.POST('/api/v1/customers', { body: built.body })));
    const id = (done?.data as Schemas['Requirements_CustomerView'] | undefined)?.id;
    if (id) navigate(`/customers/${id}`);
  };
  return (
    <details class="card" id="register" {...disclosure.props}>
      <summary id="register-toggle">{tu('register')}</summary>
      <form id="customer-form" onSubmit={register} noValidate>
        <ProblemBanner error={action.error} unplaced={unplacedViolations(problem, customerFieldNames(form))} />
        <CustomerFields form={form} set={(p) => setForm({ ...form, ...p })} problem={problem} />
        <div class="actions"><button type="submit" id="register-customer" class="primary" disabled={action.busy}>{tu('register.submit')}</button></div>
      </form>
    </details>
  );
}
