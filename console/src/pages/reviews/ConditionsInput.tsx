import type { Problem } from '../../api/problem';
import { violationFor } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { t } from './messages';

interface Props {
  conditions: string[];
  onChange: (conditions: string[]) => void;
  problem?: Problem | null;
  required: boolean;
}

/** The conditions of an approval, one per line, added and removed one by one; each line shows its own violation. */
export function ConditionsInput({ conditions, onChange, problem, required }: Props) {
  const set = (n: number, value: string) => onChange(conditions.map((c, i) => (i === n ? value : c)));
  return (
    <fieldset class={`field${violationFor(problem, 'conditions') ? ' invalid' : ''}`} id="f-conditions">
      <legend>{t('conditions')}{required && <span class="required" aria-label={t('requiredField')}> *</span>}</legend>
      {required && conditions.length === 0 && <p class="hint">{t('conditionsNeeded')}</p>}
      {conditions.map((c, n) => (
        <Field key={n} name={`conditions[${n}]`} label={t('conditionN', { n: n + 1 })} problem={problem}>
          <div class="condition-row">
            <input {...controlProps(`conditions[${n}]`, problem)} value={c} maxLength={1000}
              onInput={(e) => set(n, (e.target as HTMLInputElement).value)} />
            <button type="button" onClick={() => onChange(conditions.filter((_, i) => i !== n))}>{t('remove')}</button>
          </div>
        </Field>
      ))}
      {violationFor(problem, 'conditions') && <p class="violation" data-field="conditions">{violationFor(problem, 'conditions')}</p>}
      <button type="button" id="add-condition" class="add-condition" onClick={() => onChange([...conditions, ''])}>{t('addCondition')}</button>
    </fieldset>
  );
}
