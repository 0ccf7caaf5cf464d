import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { ApiError } from '../../api/problem';
import { checkAnswers, refusalOf, responseRequest, violationsByQuestion, type AnswerProblem, type Answers, type Refusal, type SurveyInvitation } from './answers';
import { t } from './messages';
import { QuestionInput } from './QuestionInput';

const PROBLEM_TEXT: Record<AnswerProblem, Parameters<typeof t>[0]> = {
  'none-answered': 'noneAnswered', 'too-long': 'tooLong', 'out-of-range': 'outOfRange',
};

interface Props {
  token: string;
  invitation: SurveyInvitation;
  onDone: () => void;
  onRefused: (refusal: Refusal) => void;
}

/** The questions to answer; checked here first, then by the API, whose violations land beside their question. */
export function AnswerForm({ token, invitation, onDone, onRefused }: Props) {
  const [answers, setAnswers] = useState<Answers>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [unreachable, setUnreachable] = useState(false);
  const questions = invitation.questions;
  const submit = async () => {
    setUnreachable(false);
    const local = checkAnswers(questions, answers);
    if (Object.keys(local).length > 0) {
      setProblems(Object.fromEntries(Object.entries(local).map(([k, p]) => [k, t(PROBLEM_TEXT[p])])));
      return;
    }
    setProblems({});
    const { body, keys } = responseRequest(token, questions, answers);
    setBusy(true);
    try {
      await call(api.POST('/api/v1/survey-responses', { body }));
      onDone();
    } catch (e) {
      const problem = e instanceof ApiError ? e.problem : { status: 0 };
      if (problem.status === 400 && problem.violations?.some((v) => v.field.startsWith('answers'))) {
        setProblems(violationsByQuestion(problem, keys));
      } else if (refusalOf(problem) === 'network') {
        setUnreachable(true);
      } else {
        onRefused(refusalOf(problem));
      }
    } finally {
      setBusy(false);
    }
  };
  const general = problems[''] ?? (Object.keys(problems).length > 0 ? t('fix') : unreachable ? t('network') : null);
  return (
    <form id="survey-answers" noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {questions.map((q, i) => (
        <QuestionInput key={q.key} index={i} question={q} value={answers[q.key ?? '']} problem={problems[q.key ?? '']}
          onChange={(v) => setAnswers({ ...answers, [q.key ?? '']: v })} />
      ))}
      <div role="alert" class={general ? 'problem' : undefined} id="survey-problem">{general && <p>{general}</p>}</div>
      <div class="actions">
        <button type="submit" class="primary" id="survey-send" disabled={busy}>{busy ? t('sending') : t('send')}</button>
      </div>
    </form>
  );
}
