import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { QUESTION_TYPES, questionTypeLabel } from './labels';
import type { QuestionDraft } from './surveyDraft';
import { ts } from './surveyMessages';

interface Props {
  index: number;
  count: number;
  question: QuestionDraft;
  problem: Problem | null | undefined;
  onChange: (change: Partial<QuestionDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** The fields of question `index`, named as the API names them (`questions[1].text`) so its violations land here. */
export function QuestionRow({ index, count, question, problem, onChange, onMove, onRemove }: Props) {
  const n = index + 1;
  const name = (field: string) => `questions[${index}].${field}`;
  const input = (field: keyof QuestionDraft) => (e: Event) => onChange({ [field]: (e.target as HTMLInputElement).value });
  return (
    <fieldset class="question-row" data-question-index={index}>
      <legend>{ts('question', { n })}</legend>
      <div class="form-row">
        <Field name={name('key')} label={ts('key')} problem={problem} required hint={ts('keyHint')}>
          <input {...controlProps(name('key'), problem)} maxLength={60} autoComplete="off" value={question.key} onInput={input('key')} />
        </Field>
        <Field name={name('type')} label={ts('type')} problem={problem} required>
          <select {...controlProps(name('type'), problem)} value={question.type} onChange={input('type')}>
            {QUESTION_TYPES.map((type) => <option key={type} value={type}>{questionTypeLabel(type)}</option>)}
          </select>
        </Field>
        <Field name={name('dimension')} label={ts('dimension')} problem={problem} hint={ts('dimensionHint')}>
          <input {...controlProps(name('dimension'), problem)} maxLength={60} value={question.dimension} onInput={input('dimension')} />
        </Field>
      </div>
      <Field name={name('text')} label={ts('text')} problem={problem} required>
        <input {...controlProps(name('text'), problem)} maxLength={500} value={question.text} onInput={input('text')} />
      </Field>
      {question.type === 'CHOICE' && (
        <Field name={name('choices')} label={ts('choices')} problem={problem} required hint={ts('choicesHint')}>
          <textarea {...controlProps(name('choices'), problem)} value={question.choices} onInput={input('choices')} />
        </Field>
      )}
      <div class="actions">
        <button type="button" data-move-up={index} disabled={index === 0} onClick={() => onMove(-1)}
          aria-label={ts('moveUp', { n })}>↑</button>
        <button type="button" data-move-down={index} disabled={index === count - 1} onClick={() => onMove(1)}
          aria-label={ts('moveDown', { n })}>↓</button>
        <button type="button" class="danger" data-remove={index} disabled={count === 1} onClick={onRemove}
          aria-label={ts('removeQuestion', { n })}>✕</button>
      </div>
    </fieldset>
  );
}
