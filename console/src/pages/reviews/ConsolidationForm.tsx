import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { currentSession } from '../../auth/session';
import { ifMatchHeader, useChange, type ChangeFormProps } from './change';
import { FormProblem } from './FormProblem';
import { meaningLabel } from './labels';
import { t } from './messages';
import { TextAreaField } from './TextAreaField';

const CHECKS = ['termsApplicable', 'termsComplete', 'termsClear', 'discrepanciesResolved'] as const;
type Check = (typeof CHECKS)[number];

/** The sales manager's consolidation: the contract terms checked, once every required department has signed. */
export function ConsolidationForm({ review, etag, onChanged }: ChangeFormProps) {
  const change = useChange(etag);
  const [checks, setChecks] = useState<Record<Check, boolean>>({ termsApplicable: false, termsComplete: false, termsClear: false, discrepanciesResolved: false });
  const [comment, setComment] = useState('');
  const problem = change.action.error?.problem;
  const submit = async (e: Event) => {
    e.preventDefault();
    const done = await change.run((ifMatch) => call(api.POST('/api/v1/reviews/{id}/consolidation', {
      params: { path: { id: review.id! }, header: ifMatchHeader(ifMatch) },
      body: { ...checks, comment: comment.trim() || undefined },
    })));
    if (done) await onChanged();
  };
  return (
    <form class="card" id="consolidation-form" onSubmit={submit} onInput={change.touch} onChange={change.touch}>
      <h3>{t('consolidation.title')}</h3>
      <FormProblem change={change} fields={[...CHECKS, 'comment']} onReload={onChanged} />
      <fieldset>
        <legend>{t('consolidation.checks')}</legend>
        {CHECKS.map((c) => (
          <label class="check" key={c}>
            <input type="checkbox" id={`f-${c}`} name={c} checked={checks[c]}
              onChange={(e) => setChecks({ ...checks, [c]: (e.target as HTMLInputElement).checked })} />
            {t(`consolidation.${c}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField name="comment" label={t('comment')} value={comment} onInput={setComment} problem={problem} />
      <p class="signing">{t('consolidation.signing', { user: currentSession()?.user ?? '', meaning: meaningLabel('CONSOLIDATED') })}</p>
      <div class="actions">
        <button type="submit" class="primary" id="consolidate" disabled={change.action.busy}>{t('consolidation.sign')}</button>
      </div>
    </form>
  );
}
