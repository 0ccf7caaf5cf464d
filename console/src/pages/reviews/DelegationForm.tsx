import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { Field, controlProps } from '../../ui/Field';
import { ifMatchHeader, useChange, type ChangeFormProps } from './change';
import { FormProblem } from './FormProblem';
import { t } from './messages';

/** Hands the department's open task to one of its people, who is mailed; folded away until wanted. */
export function DelegationForm({ review, etag, onChanged, department, departmentName }: ChangeFormProps & { department: string; departmentName: string }) {
  const change = useChange(etag);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const problem = change.action.error?.problem;
  const submit = async (e: Event) => {
    e.preventDefault();
    const done = await change.run((ifMatch) => call(api.POST('/api/v1/reviews/{id}/tasks/{department}/delegation', {
      params: { path: { id: review.id!, department }, header: ifMatchHeader(ifMatch) },
      body: { to: to.trim(), reason: reason.trim() || undefined },
    })));
    if (done) {
      setTo('');
      setReason('');
      await onChanged();
    }
  };
  return (
    <details class="delegation">
      <summary id={`delegate-open-${department}`}>{t('delegation.open', { department: departmentName })}</summary>
      <form id={`delegation-form-${department}`} onSubmit={submit} onInput={change.touch}>
        <FormProblem change={change} fields={['to', 'reason']} onReload={onChanged} />
        <div class="form-row">
          <Field name="to" label={t('delegation.to')} problem={problem} required hint={t('delegation.toHint')}>
            <input {...controlProps('to', problem)} value={to} maxLength={255} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
          </Field>
          <Field name="reason" label={t('delegation.reason')} problem={problem}>
            <input {...controlProps('reason', problem)} value={reason} maxLength={2000} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
          </Field>
        </div>
        <button type="submit" id={`delegate-${department}`} disabled={change.action.busy}>{t('delegation.submit')}</button>
      </form>
    </details>
  );
}
