import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { currentSession } from '../../auth/session';
import { Field, controlProps } from '../../ui/Field';
import { ifMatchHeader, useChange, type ChangeFormProps } from './change';
import { ConditionsInput } from './ConditionsInput';
import { FormProblem } from './FormProblem';
import { meaningLabel, VERDICTS, verdictLabel } from './labels';
import { t } from './messages';
import { TextAreaField } from './TextAreaField';

interface Props extends ChangeFormProps {
  /** the person's departments still missing an opinion: one is recorded at a time */
  departments: string[];
  nameOf: (code: string) => string;
}

/** A department's opinion, signed (meaning REVIEWED) by the person recording it; re-authentication is asked for if needed. */
export function OpinionForm({ review, etag, onChanged, departments, nameOf }: Props) {
  const change = useChange(etag);
  const [chosen, setChosen] = useState(departments[0]);
  const department = departments.includes(chosen) ? chosen : departments[0];
  const departmentName = nameOf(department);
  const [verdict, setVerdict] = useState<(typeof VERDICTS)[number] | ''>('');
  const [comment, setComment] = useState('');
  const [conditions, setConditions] = useState<string[]>([]);
  const problem = change.action.error?.problem;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!verdict) return;
    const done = await change.run((ifMatch) => call(api.POST('/api/v1/reviews/{id}/opinions', {
      params: { path: { id: review.id! }, header: ifMatchHeader(ifMatch) },
      body: { department, verdict, comment: comment.trim() || undefined, conditions: conditions.map((c) => c.trim()).filter(Boolean) },
    })));
    if (done) await onChanged();
  };
  const fields = ['department', 'verdict', 'comment', 'conditions', ...conditions.map((_, n) => `conditions[${n}]`)];
  return (
    <form class="card" id={`opinion-form-${department}`} data-department={department} onSubmit={submit} onInput={change.touch} onChange={change.touch}>
      <h3>{t('opinion.title', { department: departmentName })}</h3>
      <FormProblem change={change} fields={fields} onReload={onChanged} />
      {departments.length > 1 && (
        <Field name="department" label={t('opinion.for')} problem={problem}>
          <select {...controlProps('department', problem)} value={department} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
            {departments.map((d) => <option key={d} value={d}>{nameOf(d)}</option>)}
          </select>
        </Field>
      )}
      <fieldset id="f-verdict">
        <legend>{t('verdict')} <span class="required" aria-label={t('requiredField')}>*</span></legend>
        {VERDICTS.map((v) => (
          <label class="check" key={v}>
            <input type="radio" name="verdict" id={`verdict-${v}`} value={v} checked={verdict === v}
              onChange={() => setVerdict(v)} required />
            {verdictLabel(v)}
          </label>
        ))}
      </fieldset>
      <TextAreaField name="comment" label={t('comment')} value={comment} onInput={setComment} problem={problem} />
      <ConditionsInput conditions={conditions} onChange={setConditions} problem={problem} required={verdict === 'APPROVE_WITH_CONDITIONS'} />
      <p class="signing" id="opinion-signing">
        {t('opinion.signing', { department: departmentName, user: currentSession()?.user ?? '', meaning: meaningLabel('REVIEWED') })}
      </p>
      <div class="actions">
        <button type="submit" class="primary" id="record-opinion" disabled={change.action.busy || !verdict}>{t('opinion.sign')}</button>
      </div>
    </form>
  );
}
