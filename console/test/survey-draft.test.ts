import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptySurvey, moveQuestion, newQuestion, removeQuestion, surveyRequest, updateQuestion } from '../src/pages/feedback/surveyDraft';

test('a new question gets a key not yet used in the survey', () => {
  const first = newQuestion([]);
  assert.equal(first.key, 'q1');
  const renamed = { ...newQuestion([first]), key: 'q3' };
  assert.equal(newQuestion([first, renamed]).key, 'q4');
});

test('the body trims texts, leaves an empty dimension out and sends choices only with a choice question', () => {
  const draft = emptySurvey();
  draft.title = '  After delivery ';
  draft.purpose = 'DELIVERY';
  draft.questions = [
    { ...draft.questions[0], key: 'quality', text: ' How was the quality? ', dimension: ' Quality ', choices: 'left over' },
    { ...newQuestion(draft.questions), key: 'contact', text: 'How do you contact us?', type: 'CHOICE', choices: 'Phone\n\n  Mail \nWeChat' },
    { ...newQuestion(draft.questions), key: 'comments', text: 'Anything else?', type: 'TEXT', dimension: '   ' },
  ];
  assert.deepEqual(surveyRequest(draft), {
    title: 'After delivery',
    purpose: 'DELIVERY',
    questions: [
      { key: 'quality', text: 'How was the quality?', type: 'RATING_1_5', dimension: 'Quality' },
      { key: 'contact', text: 'How do you contact us?', type: 'CHOICE', choices: ['Phone', 'Mail', 'WeChat'] },
      { key: 'comments', text: 'Anything else?', type: 'TEXT' },
    ],
  });
});

test('a missing text is sent as it is: the API names the field, the form shows it there', () => {
  const draft = emptySurvey();
  draft.title = 'T';
  assert.equal(surveyRequest(draft).questions[0].text, '');
});

test('rows move up and down, not past the ends, and are removed and changed by position', () => {
  const a = newQuestion([]);
  const b = newQuestion([a]);
  const c = newQuestion([a, b]);
  const rows = [a, b, c];
  assert.deepEqual(moveQuestion(rows, 2, -1).map((q) => q.key), [a.key, c.key, b.key]);
  assert.deepEqual(moveQuestion(rows, 0, 1).map((q) => q.key), [b.key, a.key, c.key]);
  assert.equal(moveQuestion(rows, 0, -1), rows);
  assert.equal(moveQuestion(rows, 2, 1), rows);
  assert.deepEqual(removeQuestion(rows, 1).map((q) => q.key), [a.key, c.key]);
  assert.equal(updateQuestion(rows, 1, { text: 'changed' })[1].text, 'changed');
  assert.equal(rows[1].text, '', 'the rows given are not changed');
});
