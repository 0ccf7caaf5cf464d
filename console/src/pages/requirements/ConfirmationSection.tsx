import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client';
import { fmtDateTime } from '../../i18n/format';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { METHODS, methodLabel } from './labels';
import { valueOf } from './rows';
import { canWrite, ifMatch, scoped, type SectionProps } from './types';
import { tr } from './messages';

/** The customer's confirmation of a requirement not given in writing, and the form to record it. */
export function ConfirmationSection({ r, etag, onChanged }: SectionProps) {
  const [form, setForm] = useState({ method: 'EMAIL', confirmedBy: '', reference: '' });
  const action = useAction();
  const problem = scoped(action.error?.problem, 'confirmation');
  if (!r.unwritten && !r.confirmation) return null;
  const c = r.confirmation;
  const confirm = async (e: Event) => {
    e.preventDefault();
    const done = await action.run(() => call(api.POST('/api/v1/requirements/{id}/confirmations', {
      params: { path: { id: r.id! }, header: ifMatch(etag) },
      body: { ...form, method: form.method as Schemas['Requirements_Method'] },
    })));
    if (done) onChanged(done);
  };
  return (
    <section class="card" aria-labelledby="confirmation-heading" id="confirmation">
      <h2 id="confirmation-heading">{tr('confirmation')}</h2>
      {c ? (
        <p id="confirmation-recorded">{tr('confirmation.recorded', {
          method: methodLabel(c.method), by: c.confirmedBy ?? '', reference: c.reference ?? '', at: fmtDateTime(c.recordedAt),
        })}</p>
      ) : canWrite() && (
        <form id="confirm-form" onSubmit={confirm} noValidate>
          <p class="hint">{tr('confirmation.hint')}</p>
          <ProblemBanner error={action.error} onReload={onChanged} />
          <div class="form-row">
            <Field name="confirmation.method" label={tr('confirmation.method')} problem={problem} required>
              <select {...controlProps('confirmation.method', problem)} value={form.method} onChange={(e) => setForm({ ...form, method: valueOf(e) })}>
                {METHODS.map((m) => <option key={m} value={m}>{methodLabel(m)}</option>)}
              </select>
            </Field>
            <Field name="confirmation.confirmedBy" label={tr('confirmation.confirmedBy')} problem={problem} required>
              <input {...controlProps('confirmation.confirmedBy', problem)} value={form.confirmedBy} onInput={(e) => setForm({ ...form, confirmedBy: valueOf(e) })} />
            </Field>
            <Field name="confirmation.reference" label={tr('confirmation.reference')} problem={problem} required>
              <input {...controlProps('confirmation.reference', problem)} value={form.reference} onInput={(e) => setForm({ ...form, reference: valueOf(e) })} />
            </Field>
          </div>
          <button type="submit" id="confirm" class="primary" disabled={action.busy}>{tr('confirmation.record')}</button>
        </form>
      )}
    </section>
  );
}
