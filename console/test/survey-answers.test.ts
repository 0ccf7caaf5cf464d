import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAnswers, refusalOf, refusalOfStatus, responseRequest, tokenFromHash, violationsByQuestion, type Question } from '../src/pages/survey/answers';

const questions: Question[] = [
  { key: 'quality', text: 'Quality?', type: 'RATING_1_5' },
  { key: 'recommend', text: 'Recommend us?', type: 'NPS_0_10' },
  { key: 'channel', text: 'Channel?', type: 'CHOICE', choices: ['Phone', 'Mail'] },
  { key: 'comments', text: 'Anything else?', type: 'TEXT' },
];

test('nothing answered cannot be sent; any one answer can', () => {
  assert.deepEqual(checkAnswers(questions, {}), { '': 'none-answered' });
  assert.deepEqual(checkAnswers(questions, { comments: '   ' }), { '': 'none-answered' });
  assert.deepEqual(checkAnswers(questions, { recommend: 0 }), {});
});

test('a score out of its scale and a text too long are named by their question', () => {
  assert.deepEqual(checkAnswers(questions, { quality: 6, recommend: 11, comments: 'x'.repeat(4001) }),
    { quality: 'out-of-range', recommend: 'out-of-range', comments: 'too-long' });
  assert.deepEqual(checkAnswers(questions, { quality: 5, recommend: 10, comments: 'x'.repeat(4000) }), {});
});

test('the body carries the answered questions in the survey order, numbers as numbers, texts trimmed', () => {
  const { body, keys } = responseRequest('svy_abc', questions, { comments: ' late once ', quality: 4, channel: 'Mail' });
  assert.deepEqual(body, {
    token: 'svy_abc',
    answers: [{ key: 'quality', value: 4 }, { key: 'channel', value: 'Mail' }, { key: 'comments', value: 'late once' }],
  });
  assert.deepEqual(keys, ['quality', 'channel', 'comments']);
});

test("the API's violations, indexed by the answers sent, land on their questions", () => {
  const keys = ['quality', 'channel', 'comments'];
  const problem = { status: 400, violations: [
    { field: 'answers[1].value', message: 'Pick one of Phone, Mail.' },
    { field: 'token', message: 'must not be blank' },
  ] };
  assert.deepEqual(violationsByQuestion(problem, keys), { channel: 'Pick one of Phone, Mail.', '': 'must not be blank' });
  assert.deepEqual(violationsByQuestion(null, keys), {});
});

test('the token is read from the fragment', () => {
  assert.equal(tokenFromHash('#token=svy_Vq3m-T0b'), 'svy_Vq3m-T0b');
  assert.equal(tokenFromHash('#token='), null);
  assert.equal(tokenFromHash(''), null);
});

test('a refused token or response is told in plain words: unknown, answered, expired, unreachable', () => {
  assert.equal(refusalOf({ status: 404, title: 'Not Found' }), 'unknown');
  assert.equal(refusalOf({ status: 409, currentState: 'RESPONDED' }), 'answered');
  assert.equal(refusalOf({ status: 409, currentState: 'EXPIRED' }), 'expired');
  assert.equal(refusalOf({ status: 0 }), 'network');
  assert.equal(refusalOf({ status: 503 }), 'network');
  assert.equal(refusalOf({ status: 500 }), 'failed');
  assert.equal(refusalOfStatus('SENT'), null);
  assert.equal(refusalOfStatus('EXPIRED'), 'expired');
});
