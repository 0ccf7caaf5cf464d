import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client';
import { unplacedViolations } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { CustomerSelect } from './CustomerSelect';
import type { Customer } from './customers';
import { IssuedLink } from './IssuedLink';
import { ts } from './surveyMessages';

const FIELDS = ['customerId', 'context', 'validDays'];

/**
 * Invites a customer (POST /api/v1/surveys/{id}/invitations). A customer who opted out of surveys is refused with a
 * 422 naming `customerId`, shown beside the customer.
 */
export function InviteForm({ surveyId, customers, onSent }: { surveyId: string; customers: Customer[] | undefined; onSent: () => void }) {
  const [customerId, setCustomerId] = useState('');
  const [context, setContext] = useState('');
  const [validDays, setValidDays] = useState('');
  const [sent, setSent] = useState<Schemas['Feedback_InvitationView'] | null>(null);
  const action = useAction();
  const problem = action.error?.problem;
  const submit = async () => {
    setSent(null);
    const body = {
      customerId: customerId || undefined,
      context: context.trim() || undefined,
      validDays: validDays ? Number(validDays) : undefined,
    } as Schemas['Feedback_InvitationRequest'];
    const done = await action.run(() => call(api.POST('/api/v1/surveys/{id}/invitations', { params: { path: { id: surveyId } }, body })));
    if (done) {
      setSent(done.data as Schemas['Feedback_InvitationView']);
      setContext('');
      onSent();
    }
  };
  return (
    <form class="card" id="invite-form" aria-labelledby="invite-form-title" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3 id="invite-form-title">{ts('invite')}</h3>
      <ProblemBanner error={action.error} unplaced={unplacedViolations(problem, FIELDS)} />
      <div class="form-row">
        <Field name="customerId" label={ts('customer')} problem={problem} required>
          <CustomerSelect attrs={controlProps('customerId', problem)} value={customerId} customers={customers}
            emptyLabel={ts('pickCustomer')} onChange={setCustomerId} />
        </Field>
        <Field name="context" label={ts('context')} problem={problem} hint={ts('contextHint')}>
          <input {...controlProps('context', problem)} maxLength={200} value={context} onInput={(e) => setContext((e.target as HTMLInputElement).value)} />
        </Field>
        <Field name="validDays" label={ts('validDays')} problem={problem} hint={ts('validDaysHint')}>
          <input {...controlProps('validDays', problem)} type="number" min={1} max={365} inputMode="numeric" value={validDays}
            onInput={(e) => setValidDays((e.target as HTMLInputElement).value)} />
        </Field>
      </div>
      <div class="actions">
        <button type="submit" class="primary" id="invite-submit" disabled={action.busy}>{ts('send')}</button>
      </div>
      {sent && <IssuedLink invitation={sent} />}
    </form>
  );
}
