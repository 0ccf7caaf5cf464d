import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { REJECTION_CATEGORIES, rejectionLabel } from './labels';
import { valueOf } from './rows';
import { ifMatch, scoped, type SectionProps } from './types';
import { tr } from './messages';

/** The customer's answer to delivery `n`: accepted, or rejected with the reason (which opens a complaint). */
export function AcceptanceForm({ r, etag, onChanged, n }: SectionProps & { n: number }) {
  const [accepted, setAccepted] = useState(true);
  const [category, setCategory] = useState('QUALITY');
  const [reason, setReason] = useState('');
  const action = useAction();
  const prefix = `acceptance${n}`;
  const problem = scoped(action.error?.problem, prefix);
  const record = async (e: Event) => {
    e.preventDefault();
    const done = await action.run(() => call(api.POST('/api/v1/requirements/{id}/deliveries/{n}/acceptance', {
      params: { path: { id: r.id!, n }, header: ifMatch(etag) },
      body: accepted ? { accepted } : { accepted, category: category as Schemas['Requirements_RejectionCategory'], reason },
    })));
    if (done) onChanged(done);
  };
  return (
    <form class="acceptance-form" data-delivery={n} onSubmit={record} noValidate>
      <ProblemBanner error={action.error} onReload={onChanged} />
      <fieldset>
        <legend>{tr('acceptance.legend', { n })}</legend>
        <label class="check"><input type="radio" name={`${prefix}.accepted`} checked={accepted} onChange={() => setAccepted(true)} />{tr('acceptance.accepted')}</label>
        <label class="check"><input type="radio" name={`${prefix}.accepted`} checked={!accepted} onChange={() => setAccepted(false)} />{tr('acceptance.rejected')}</label>
      </fieldset>
      {!accepted && (
        <div class="form-row">
          <Field name={`${prefix}.category`} label={tr('acceptance.category')} problem={problem}>
            <select {...controlProps(`${prefix}.category`, problem)} value={category} onChange={(e) => setCategory(valueOf(e))}>
              {REJECTION_CATEGORIES.map((c) => <option key={c} value={c}>{rejectionLabel(c)}</option>)}
            </select>
          </Field>
          <Field name={`${prefix}.reason`} label={tr('acceptance.reason')} problem={problem} required>
            <input {...controlProps(`${prefix}.reason`, problem)} value={reason} onInput={(e) => setReason(valueOf(e))} />
          </Field>
        </div>
      )}
      <button type="submit" disabled={action.busy}>{tr('acceptance.record')}</button>
    </form>
  );
}
