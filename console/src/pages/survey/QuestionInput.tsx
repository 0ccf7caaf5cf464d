import type { Question } from './answers';
import { t } from './messages';
import { RatingButtons } from './RatingButtons';
import { ScaleRadios } from './ScaleRadios';

const NPS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

interface Props {
  index: number;
  question: Question;
  value: number | string | undefined;
  problem: string | undefined;
  onChange: (value: number | string | undefined) => void;
}

/** One question as the customer answers it, in a fieldset whose legend is the question; its problem said beside it. */
export function QuestionInput({ index, question, value, problem, onChange }: Props) {
  const key = question.key ?? String(index);
  const legendId = `question-${index}`;
  const errorId = `question-${index}-error`;
  return (
    <fieldset class={`survey-question${problem ? ' invalid' : ''}`} data-question-key={key}
      aria-describedby={problem ? errorId : undefined} aria-invalid={problem ? 'true' : undefined}>
      <legend id={legendId}><span class="question-number">{index + 1}.</span> {question.text}</legend>
      {question.type === 'RATING_1_5' && (
        <RatingButtons questionKey={key} value={value as number | undefined} labelledBy={legendId} onChange={onChange} />
      )}
      {question.type === 'NPS_0_10' && (
        <>
          <ScaleRadios questionKey={key} options={NPS} value={value as number | undefined} onChange={onChange} horizontal />
          <p class="scale-ends"><span>{t('npsLow')}</span><span>{t('npsHigh')}</span></p>
        </>
      )}
      {question.type === 'CHOICE' && (
        <ScaleRadios questionKey={key} options={question.choices ?? []} value={value as string | undefined} onChange={onChange} />
      )}
      {question.type === 'TEXT' && (
        <textarea data-question={key} aria-labelledby={legendId} maxLength={4000} value={(value as string | undefined) ?? ''}
          onInput={(e) => onChange((e.target as HTMLTextAreaElement).value)} />
      )}
      {value !== undefined && question.type !== 'TEXT' && (
        <button type="button" class="link-button" data-clear={key} onClick={() => onChange(undefined)}>{t('clear')}</button>
      )}
      {problem && <p class="violation" id={errorId} data-field={key}>{problem}</p>}
    </fieldset>
  );
}
