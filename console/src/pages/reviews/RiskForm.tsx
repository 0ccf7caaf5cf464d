import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { Field, controlProps } from '../../ui/Field';
import { ifMatchHeader, useChange, type ChangeFormProps } from './change';
import { FormProblem } from './FormProblem';
import { RISK_CATEGORIES, riskCategoryLabel } from './labels';
import { HIGH_RISK_SCORE } from './logic';
import { t } from './messages';
import { TextAreaField } from './TextAreaField';

const SCALE = [1, 2, 3, 4, 5];

/** Assesses a risk: category, likelihood and impact (1–5 each, the score is their product), and its mitigation. */
export function RiskForm({ review, etag, onChanged }: ChangeFormProps) {
  const change = useChange(etag);
  const [category, setCategory] = useState<string>('');
  const [likelihood, setLikelihood] = useState('');
  const [impact, setImpact] = useState('');
  const [mitigation, setMitigation] = useState('');
  const problem = change.action.error?.problem;
  const score = Number(likelihood) * Number(impact);
  const submit = async (e: Event) => {
    e.preventDefault();
    const done = await change.run((ifMatch) => call(api.POST('/api/v1/reviews/{id}/risks', {
      params: { path: { id: review.id! }, header: ifMatchHeader(ifMatch) },
      // empty choices go as null so the API names the missing field beside it
      body: {
        category: (category || null) as never, likelihood: (likelihood ? Number(likelihood) : null) as never,
        impact: (impact ? Number(impact) : null) as never, mitigation: mitigation.trim() || undefined,
      },
    })));
    if (done) {
      setCategory('');
      setLikelihood('');
      setImpact('');
      setMitigation('');
      await onChanged();
    }
  };
  const scale = (value: string, set: (v: string) => void, name: string) => (
    <select {...controlProps(name, problem)} value={value} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
      <option value="">{t('choose')}</option>
      {SCALE.map((n) => <option key={n} value={n}>{n}</option>)}
    </select>
  );
  return (
    <form id="risk-form" onSubmit={submit} onInput={change.touch} onChange={change.touch}>
      <h3>{t('risk.add')}</h3>
      <FormProblem change={change} fields={['category', 'likelihood', 'impact', 'mitigation']} onReload={onChanged} />
      <div class="form-row">
        <Field name="category" label={t('risk.category')} problem={problem} required>
          <select {...controlProps('category', problem)} value={category} onChange={(e) => setCategory((e.target as HTMLSelectElement).value)}>
            <option value="">{t('choose')}</option>
            {RISK_CATEGORIES.map((c) => <option key={c} value={c}>{riskCategoryLabel(c)}</option>)}
          </select>
        </Field>
        <Field name="likelihood" label={t('risk.likelihood')} problem={problem} required>{scale(likelihood, setLikelihood, 'likelihood')}</Field>
        <Field name="impact" label={t('risk.impact')} problem={problem} required>{scale(impact, setImpact, 'impact')}</Field>
      </div>
      <TextAreaField name="mitigation" label={t('risk.mitigation')} value={mitigation} onInput={setMitigation} problem={problem}
        hint={score >= HIGH_RISK_SCORE ? t('risk.needsMitigation', { score, limit: HIGH_RISK_SCORE }) : score > 0 ? t('risk.score', { score }) : undefined} />
      <button type="submit" id="add-risk" disabled={change.action.busy}>{t('risk.submit')}</button>
    </form>
  );
}
