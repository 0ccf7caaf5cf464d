// The customer's answers: checked before sending, turned into the body of POST /api/v1/survey-responses, and the
// API's violations (`answers[2].value`, indexed by the answers sent, not by the questions) led back to their question.
import type { Schemas } from '../../api/client';
import type { Problem } from '../../api/problem';

export type Question = Schemas['Feedback_Question'];

/** What the customer's token opens (GET /api/v1/survey-responses/invitation). */
export interface SurveyInvitation {
  surveyId: string;
  title: string;
  questions: Question[];
  status: Schemas['Feedback_Status'];
  expiresAt: string;
}

/** A rating or NPS score, a text, or a choice, per question key; a question not answered has none. */
export type Answers = Record<string, number | string | undefined>;

export const TEXT_MAX = 4000;

export type AnswerProblem = 'none-answered' | 'too-long' | 'out-of-range';

function answered(value: number | string | undefined): boolean {
  return value !== undefined && !(typeof value === 'string' && value.trim() === '');
}

/**
 * What is wrong before sending: per question key, and `''` when nothing at all is answered (a response needs one
 * answer; every question may be skipped). Empty when the answers may go.
 */
export function checkAnswers(questions: Question[], answers: Answers): Record<string, AnswerProblem> {
  const problems: Record<string, AnswerProblem> = {};
  for (const q of questions) {
    const value = answers[q.key ?? ''];
    if (!answered(value)) continue;
    if (typeof value === 'string' && value.length > TEXT_MAX) problems[q.key!] = 'too-long';
    if (q.type === 'RATING_1_5' && !inRange(value, 1, 5)) problems[q.key!] = 'out-of-range';
    if (q.type === 'NPS_0_10' && !inRange(value, 0, 10)) problems[q.key!] = 'out-of-range';
  }
  if (!questions.some((q) => answered(answers[q.key ?? '']))) problems[''] = 'none-answered';
  return problems;
}

function inRange(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The body to send, answers in the survey's order; `keys[i]` is the question of `answers[i]`. */
export function responseRequest(token: string, questions: Question[], answers: Answers): { body: Schemas['Feedback_ResponseRequest']; keys: string[] } {
  const keys: string[] = [];
  const sent: Schemas['Feedback_AnswerRequest'][] = [];
  for (const q of questions) {
    const value = answers[q.key ?? ''];
    if (!answered(value)) continue;
    keys.push(q.key!);
    sent.push({ key: q.key!, value: typeof value === 'string' ? value.trim() : value! });
  }
  return { body: { token, answers: sent }, keys };
}

/** The API's violations per question key (from `answers[i]…`); the rest under `''`. */
export function violationsByQuestion(problem: Problem | null | undefined, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of problem?.violations ?? []) {
    const m = /^answers\[(\d+)\]/.exec(v.field);
    const key = m ? keys[Number(m[1])] ?? '' : '';
    out[key] = out[key] ? `${out[key]} ${v.message}` : v.message;
  }
  return out;
}

/** Takes the one-time token out of the fragment (`#token=…`); null when there is none. */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.trim() ? token.trim() : null;
}

/** What the customer is told when the API refuses the token or the answers; none of the API's words or codes. */
export type Refusal = 'unknown' | 'answered' | 'expired' | 'network' | 'failed';

export function refusalOf(problem: Problem): Refusal {
  if (problem.status === 0 || problem.status === 429 || problem.status === 503) return 'network';
  // a token matching nothing (404), or none at all (400): the same to the customer
  if (problem.status === 404 || (problem.status === 400 && !problem.violations?.some((v) => v.field.startsWith('answers')))) return 'unknown';
  if (problem.status === 409) return problem.currentState === 'EXPIRED' ? 'expired' : 'answered';
  return 'failed';
}

/** The invitation's own status, read with the survey: one answered or expired is not offered again. */
export function refusalOfStatus(status: SurveyInvitation['status'] | undefined): Refusal | null {
  if (status === 'RESPONDED') return 'answered';
  if (status === 'EXPIRED') return 'expired';
  return null;
}
