import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { currentSession } from '../../auth/session';
import { Field, controlProps } from '../../ui/Field';
import { ifMatchHeader, useChange, type ChangeFormProps } from './change';
import { FormProblem } from './FormProblem';
import { CONFIRMATION_METHODS, meaningLabel, methodLabel } from './labels';
import { t } from './messages';

/** A simplified review is the order confirmation (订单确认表): the sales manager's signature approves it. */
export function OrderConfirmationForm({ review, etag, onChanged }: ChangeFormProps) {
  const change = useChange(etag);
  const [method, setMethod] = useState<string>('FAX');
  const [reference, setReference] = useState('');
  const problem = change.action.error?.problem;
  const submit = async (e: Event) => {
    e.preventDefault();
    const done = await change.run((ifMatch) => call(api.POST('/api/v1/reviews/{id}/order-confirmation', {
      params: { path: { id: review.id! }, header: ifMatchHeader(ifMatch) },
      body: { method, reference: reference.trim() },
    })));
    if (done) await onChanged();
  };
  return (
    <form class="card" id="order-confirmation-form" onSubmit={submit} onInput={change.touch} onChange={change.touch}>
      <h3>{t('confirmation.title')}</h3>
      <FormProblem change={change} fields={['method', 'reference']} onReload={onChanged} />
      <div class="form-row">
        <Field name="method" label={t('confirmation.method')} problem={problem} required>
          <select {...controlProps('method', problem)} value={method} onChange={(e) => setMethod((e.target as HTMLSelectElement).value)}>
            {CONFIRMATION_METHODS.map((m) => <option key={m} value={m}>{methodLabel(m)}</option>)}
          </select>
        </Field>
        <Field name="reference" label={t('confirmation.reference')} problem={problem} required>
          <input {...controlProps('reference', problem)} value={reference} maxLength={200}
            onInput={(e) => setReference((e.target as HTMLInputElement).value)} />
        </Field>
      </div>
      <p class="signing">{t('confirmation.signing', { user: currentSession()?.user ?? '', meaning: meaningLabel('CONFIRMED') })}</p>
      <div class="actions">
        <button type="submit" class="primary" id="confirm-order" disabled={change.action.busy}>{t('confirmation.sign')}</button>
      </div>
    </form>
  );
}
