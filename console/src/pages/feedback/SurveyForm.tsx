import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client';
import { unplacedViolations } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { PURPOSES, purposeLabel } from './labels';
import { QuestionRow } from './QuestionRow';
import { emptySurvey, moveQuestion, newQuestion, removeQuestion, surveyRequest, updateQuestion, type SurveyDraft } from './surveyDraft';
import { ts } from './surveyMessages';

const QUESTION_FIELDS = ['key', 'text', 'type', 'dimension', 'choices'];

/** A new survey (POST /api/v1/surveys): title, purpose and question rows one adds, removes and reorders. */
export function SurveyForm({ onCreated }: { onCreated: (survey: Schemas['Feedback_SurveyView']) => void }) {
  const [draft, setDraft] = useState<SurveyDraft>(emptySurvey);
  const action = useAction();
  const problem = action.error?.problem;
  const shown = ['title', 'purpose', 'questions',
    ...draft.questions.flatMap((_, i) => QUESTION_FIELDS.map((f) => `questions[${i}].${f}`))];
  // violations name rows by position: once rows move or go, the old ones would sit beside the wrong question
  const reshape = (questions: SurveyDraft['questions']) => {
    action.clear();
    setDraft({ ...draft, questions });
  };
  const submit = async () => {
    const created = await action.run(() => call(api.POST('/api/v1/surveys', { body: surveyRequest(draft) })));
    if (created) onCreated(created.data as Schemas['Feedback_SurveyView']);
  };
  return (
    <form class="card" id="survey-form" aria-labelledby="survey-form-title" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h2 id="survey-form-title">{ts('create')}</h2>
      <ProblemBanner error={action.error} unplaced={unplacedViolations(problem, shown)} />
      <div class="form-row">
        <Field name="title" label={ts('surveyTitle')} problem={problem} required>
          <input {...controlProps('title', problem)} maxLength={200} value={draft.title}
            onInput={(e) => setDraft({ ...draft, title: (e.target as HTMLInputElement).value })} />
        </Field>
        <Field name="purpose" label={ts('purpose')} problem={problem} hint={ts('purposeHint')}>
          <select {...controlProps('purpose', problem)} value={draft.purpose}
            onChange={(e) => setDraft({ ...draft, purpose: (e.target as HTMLSelectElement).value as SurveyDraft['purpose'] })}>
            {PURPOSES.map((p) => <option key={p} value={p}>{purposeLabel(p)}</option>)}
          </select>
        </Field>
      </div>
      <h3>{ts('questions')}</h3>
      {draft.questions.map((q, i) => (
        <QuestionRow key={q.rowId} index={i} count={draft.questions.length} question={q} problem={problem}
          onChange={(change) => setDraft({ ...draft, questions: updateQuestion(draft.questions, i, change) })}
          onMove={(by) => reshape(moveQuestion(draft.questions, i, by))}
          onRemove={() => reshape(removeQuestion(draft.questions, i))} />
      ))}
      <div class="actions">
        <button type="button" id="question-add" onClick={() => setDraft({ ...draft, questions: [...draft.questions, newQuestion(draft.questions)] })}>{ts('addQuestion')}</button>
        <button type="submit" class="primary" id="survey-submit" disabled={action.busy}>{ts('createSubmit')}</button>
      </div>
    </form>
  );
}
