import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { currentSession } from '../../auth/session';
import { ifMatchHeader, useChange, type ChangeFormProps } from './change';
import { FormProblem } from './FormProblem';
import { DECISION_MEANING, DECISIONS, decisionLabel, meaningLabel } from './labels';
import { blocksApproval } from './logic';
import { t } from './messages';
import { TextAreaField } from './TextAreaField';

type Decision = (typeof DECISIONS)[number];

/**
 * The general manager's decision on a consolidated review. Approving over a department's rejection needs a reason;
 * an unmitigated risk of 15 or more is refused by the API (409), which names it.
 */
export function DecisionForm({ review, etag, onChanged }: ChangeFormProps) {
  const change = useChange(etag);
  const [decision, setDecision] = useState<Decision | ''>('');
  const [comment, setComment] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const problem = change.action.error?.problem;
  const rejected = (review.opinions ?? []).some((o) => o.current && o.verdict === 'REJECT');
  const blocking = (review.risks ?? []).filter(blocksApproval);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!decision) return;
    const done = await change.run((ifMatch) => call(api.POST('/api/v1/reviews/{id}/decision', {
      params: { path: { id: review.id! }, header: ifMatchHeader(ifMatch) },
      body: { decision, comment: comment.trim() || undefined, overrideReason: overrideReason.trim() || undefined },
    })));
    if (done) await onChanged();
  };
  return (
    <form class="card" id="decision-form" onSubmit={submit} onInput={change.touch} onChange={change.touch}>
      <h3>{t('decision.title')}</h3>
      <FormProblem change={change} fields={['decision', 'comment', 'overrideReason']} onReload={onChanged} />
      {blocking.length > 0 && (
        <p class="notice" id="blocking-risks">{t('decision.blockingRisks', { risks: blocking.map((r) => `${r.seq} (${r.score})`).join(', ') })}</p>
      )}
      <fieldset id="f-decision">
        <legend>{t('decision.choice')} <span class="required" aria-label={t('requiredField')}>*</span></legend>
        {DECISIONS.map((d) => (
          <label class="check" key={d}>
            <input type="radio" name="decision" id={`decision-${d}`} value={d} checked={decision === d} onChange={() => setDecision(d)} required />
            {decisionLabel(d)}
          </label>
        ))}
      </fieldset>
      <TextAreaField name="comment" label={t('comment')} value={comment} onInput={setComment} problem={problem} />
      {(rejected || overrideReason) && (
        <TextAreaField name="overrideReason" label={t('decision.overrideReason')} hint={t('decision.overrideHint')} value={overrideReason}
          onInput={setOverrideReason} problem={problem} />
      )}
      {decision && (
        <p class="signing">{t('decision.signing', { user: currentSession()?.user ?? '', meaning: meaningLabel(DECISION_MEANING[decision]) })}</p>
      )}
      <div class="actions">
        <button type="submit" class="primary" id="decide" disabled={change.action.busy || !decision}>{t('decision.sign')}</button>
      </div>
    </form>
  );
}
