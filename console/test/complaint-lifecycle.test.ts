import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  actionDueInstant, allowedActionSteps, allowedSteps, BOARD_COLUMNS, nextDue, primaryStep, stepsInState,
} from '../src/pages/complaints/lifecycle';

const ackDueAt = '2026-12-02T08:00:00Z';
const resolutionDueAt = '2026-12-08T08:00:00Z';

test('the board has one column per status, in the order a complaint travels, the ends last', () => {
  assert.deepEqual(BOARD_COLUMNS, ['RECEIVED', 'ACKNOWLEDGED', 'REOPENED', 'INVESTIGATING', 'RESOLVED', 'CLOSED', 'WITHDRAWN']);
});

test('each state offers only the steps the lifecycle allows from it, the one that moves it on first', () => {
  assert.deepEqual(stepsInState('RECEIVED'), ['acknowledge', 'withdraw']);
  assert.deepEqual(stepsInState('ACKNOWLEDGED'), ['investigate', 'withdraw']);
  assert.deepEqual(stepsInState('INVESTIGATING'), ['resolve', 'investigate', 'openCorrectiveAction', 'withdraw']);
  assert.deepEqual(stepsInState('RESOLVED'), ['confirm', 'openCorrectiveAction', 'withdraw']);
  assert.deepEqual(stepsInState('REOPENED'), ['investigate', 'openCorrectiveAction', 'withdraw']);
  // a closed complaint still takes corrective actions; a withdrawn one nothing
  assert.deepEqual(stepsInState('CLOSED'), ['openCorrectiveAction']);
  assert.deepEqual(stepsInState('WITHDRAWN'), []);
  assert.deepEqual(stepsInState(undefined), []);
});

test('the step shown open is the one that moves the complaint on; withdrawal never is', () => {
  assert.equal(primaryStep('RECEIVED'), 'acknowledge');
  assert.equal(primaryStep('ACKNOWLEDGED'), 'investigate');
  assert.equal(primaryStep('REOPENED'), 'investigate');
  assert.equal(primaryStep('INVESTIGATING'), 'resolve');
  assert.equal(primaryStep('RESOLVED'), 'confirm');
  assert.equal(primaryStep('CLOSED'), null);
  assert.equal(primaryStep('WITHDRAWN'), null);
});

test('a person sees only the steps their roles may take', () => {
  // customer service handles, investigates and resolves; quality investigates and resolves but does not acknowledge
  assert.deepEqual(allowedSteps('RECEIVED', ['CUSTOMER_SERVICE']), ['acknowledge', 'withdraw']);
  assert.deepEqual(allowedSteps('RECEIVED', ['QUALITY']), []);
  assert.deepEqual(allowedSteps('INVESTIGATING', ['QUALITY']), ['resolve', 'investigate', 'openCorrectiveAction']);
  assert.deepEqual(allowedSteps('RESOLVED', ['QUALITY']), ['openCorrectiveAction']);
  assert.deepEqual(allowedSteps('RESOLVED', ['SALES']), ['confirm', 'withdraw']);
  assert.deepEqual(allowedSteps('INVESTIGATING', ['AUDITOR']), []);
});

test('a card shows the acknowledgement deadline until the complaint is acknowledged', () => {
  assert.deepEqual(nextDue({ status: 'RECEIVED', ackDueAt, resolutionDueAt }), { kind: 'ack', due: ackDueAt, done: false });
});

test('after the acknowledgement a card shows the resolution deadline, running until it is resolved', () => {
  const acknowledgedAt = '2026-12-01T09:00:00Z';
  for (const status of ['ACKNOWLEDGED', 'INVESTIGATING'] as const) {
    assert.deepEqual(nextDue({ status, acknowledgedAt, ackDueAt, resolutionDueAt }), { kind: 'resolution', due: resolutionDueAt, done: false });
  }
  const resolvedAt = '2026-12-03T09:00:00Z';
  assert.deepEqual(nextDue({ status: 'RESOLVED', acknowledgedAt, resolvedAt, ackDueAt, resolutionDueAt }),
    { kind: 'resolution', due: resolutionDueAt, done: true });
  assert.deepEqual(nextDue({ status: 'CLOSED', acknowledgedAt, resolvedAt, ackDueAt, resolutionDueAt }),
    { kind: 'resolution', due: resolutionDueAt, done: true });
});

test('a reopened complaint races its resolution deadline again; a withdrawn one races nothing', () => {
  const acknowledgedAt = '2026-12-01T09:00:00Z';
  // the refused resolution no longer counts: the API clears resolvedAt
  assert.deepEqual(nextDue({ status: 'REOPENED', acknowledgedAt, ackDueAt, resolutionDueAt }), { kind: 'resolution', due: resolutionDueAt, done: false });
  assert.deepEqual(nextDue({ status: 'WITHDRAWN', ackDueAt, resolutionDueAt }), { kind: 'ack', due: ackDueAt, done: true });
  assert.deepEqual(nextDue({ status: 'WITHDRAWN', acknowledgedAt, ackDueAt, resolutionDueAt }), { kind: 'resolution', due: resolutionDueAt, done: true });
});

test('a corrective action is implemented when open or found ineffective, verified by quality once implemented', () => {
  assert.deepEqual(allowedActionSteps('OPEN', ['PRODUCTION']), ['implement']);
  assert.deepEqual(allowedActionSteps('INEFFECTIVE', ['PROCUREMENT']), ['implement']);
  assert.deepEqual(allowedActionSteps('IMPLEMENTED', ['QUALITY']), ['verify']);
  assert.deepEqual(allowedActionSteps('IMPLEMENTED', ['CUSTOMER_SERVICE']), []);
  assert.deepEqual(allowedActionSteps('VERIFIED', ['QUALITY']), []);
});

test('a corrective action falls overdue at the start of the day after its due date (UTC)', () => {
  assert.equal(actionDueInstant('2026-12-31'), '2027-01-01T00:00:00.000Z');
  assert.equal(actionDueInstant(undefined), null);
});
