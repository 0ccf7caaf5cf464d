import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedbackQuery, NO_FILTERS } from '../src/pages/feedback/filters';

test('only the filters set are sent; the last day is included whole', () => {
  assert.deepEqual(feedbackQuery(NO_FILTERS), {});
  const q = feedbackQuery({ ...NO_FILTERS, channel: 'PHONE', from: '2026-11-01', to: '2026-11-30' });
  assert.equal(q.channel, 'PHONE');
  assert.equal(q.category, undefined);
  assert.equal(q.from, new Date('2026-11-01T00:00:00').toISOString());
  assert.equal(q.to, new Date('2026-12-01T00:00:00').toISOString());
});
