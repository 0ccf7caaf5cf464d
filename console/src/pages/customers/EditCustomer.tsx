import { useEffect, useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client';
import { unplacedViolations } from '../../api/problem';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { CustomerFields } from './CustomerFields';
import { customerFieldNames, customerForm, renumberContacts, updateBody, type CustomerForm } from './form';
import { useDisclosure } from '../requirements/disclosure';
import { tu } from './messages';

type Customer = Schemas['Requirements_CustomerView'];

/**
 * Editing the customer (PATCH with If-Match): an untouched form follows the record; once edited it stays on the version
 * it started from, so someone else's change in between answers 412 and the banner offers to reload.
 */
export function EditCustomer({ customer, etag, onChanged }: { customer: Customer; etag: string | null; onChanged: () => void }) {
  const [draft, setDraft] = useState({ form: customerForm(customer), etag, dirty: false });
  const [rows, setRows] = useState<number[] | null>(null);
  const action = useAction();
  const disclosure = useDisclosure();
  useEffect(() => {
    if (!draft.dirty) setDraft({ form: customerForm(customer), etag, dirty: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [etag]);
  const problem = renumberContacts(action.error?.problem, rows);
  const set = (p: Partial<CustomerForm>) => setDraft((d) => ({ ...d, form: { ...d.form, ...p }, dirty: true }));
  const save = async (e: Event) => {
    e.preventDefault();
    const built = updateBody(draft.form);
    setRows(built.rows);
    const done = await action.run(() => call(api.PATCH('/api/v1/customers/{id}', {
      params: { path: { id: customer.id! }, header: draft.etag ? { 'If-Match': draft.etag } : {} }, body: built.body,
    })));
    if (done) {
      setDraft((d) => ({ ...d, etag: done.etag, dirty: false }));
      onChanged();
    }
  };
  const reload = () => {
    action.clear();
    setDraft({ form: customerForm(customer), etag, dirty: false });
    onChanged();
  };
  return (
    <details class="card" id="edit-customer" {...disclosure.props}>
      <summary id="edit-customer-toggle">{tu('edit')}</summary>
      <form id="customer-edit-form" onSubmit={save} noValidate>
        <ProblemBanner error={action.error} onReload={reload} unplaced={unplacedViolations(problem, customerFieldNames(draft.form))} />
        <CustomerFields form={draft.form} set={set} problem={problem} editing />
        <div class="actions"><button type="submit" id="save-customer" class="primary" disabled={action.busy}>{tu('edit.save')}</button></div>
      </form>
    </details>
  );
}
