// A survey being written: its question rows as the form holds them, the moves on them, and the body of
// POST /api/v1/surveys built from them. Pure, so the rules are tested without a browser.
import type { Schemas } from '../../api/client';

export type QuestionType = Schemas['Feedback_QuestionType'];

export interface QuestionDraft {
  /** the row's identity in the form (keys and texts change as the person types) */
  rowId: number;
  key: string;
  text: string;
  type: QuestionType;
  dimension: string;
  /** one choice per line (CHOICE questions only) */
  choices: string;
}

export interface SurveyDraft {
  title: string;
  purpose: Schemas['Feedback_SurveyPurpose'];
  questions: QuestionDraft[];
}

let nextRowId = 1;

/** A new row with a key not yet used in the survey (q1, q2, …), a 1–5 rating by default. */
export function newQuestion(existing: QuestionDraft[]): QuestionDraft {
  const used = new Set(existing.map((q) => q.key));
  let n = existing.length + 1;
  while (used.has(`q${n}`)) n++;
  return { rowId: nextRowId++, key: `q${n}`, text: '', type: 'RATING_1_5', dimension: '', choices: '' };
}

export function emptySurvey(): SurveyDraft {
  return { title: '', purpose: 'GENERAL', questions: [newQuestion([])] };
}

/** Moves row `index` up (-1) or down (+1); a move past either end changes nothing. */
export function moveQuestion(questions: QuestionDraft[], index: number, by: -1 | 1): QuestionDraft[] {
  const to = index + by;
  if (to < 0 || to >= questions.length) return questions;
  const moved = [...questions];
  [moved[index], moved[to]] = [moved[to], moved[index]];
  return moved;
}

export function removeQuestion(questions: QuestionDraft[], index: number): QuestionDraft[] {
  return questions.filter((_, i) => i !== index);
}

export function updateQuestion(questions: QuestionDraft[], index: number, change: Partial<QuestionDraft>): QuestionDraft[] {
  return questions.map((q, i) => (i === index ? { ...q, ...change } : q));
}

/** The choices typed one per line: trimmed, blank lines dropped. */
export function choicesOf(text: string): string[] {
  return text.split('\n').map((c) => c.trim()).filter((c) => c !== '');
}

/**
 * The request body: texts trimmed, an empty dimension left out, choices sent only with a CHOICE question. Nothing is
 * checked here: the API's violations (`questions[1].text`) are shown beside the fields they name.
 */
export function surveyRequest(draft: SurveyDraft): Schemas['Feedback_SurveyRequest'] {
  return {
    title: draft.title.trim(),
    purpose: draft.purpose,
    questions: draft.questions.map((q) => {
      const body: Schemas['Feedback_QuestionRequest'] = { key: q.key.trim(), text: q.text.trim(), type: q.type };
      if (q.dimension.trim()) body.dimension = q.dimension.trim();
      if (q.type === 'CHOICE') body.choices = choicesOf(q.choices);
      return body;
    }),
  };
}
