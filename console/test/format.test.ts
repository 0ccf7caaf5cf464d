import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clock, fmtMoney } from '../src/i18n/format';

const now = Date.parse('2026-12-06T10:00:00Z');

test('a clock is overdue past its due time, urgent within six hours, calm before', () => {
  assert.equal(clock('2026-12-06T08:00:00Z', now).level, 'overdue');
  assert.equal(clock('2026-12-06T08:00:00Z', now).overdueMs, 2 * 3_600_000);
  assert.equal(clock('2026-12-06T13:00:00Z', now).level, 'soon');
  assert.equal(clock('2026-12-08T10:00:00Z', now).level, 'ok');
  assert.equal(clock('2026-12-08T10:00:00Z', now).text, 'in 2 days');
  assert.equal(clock('2026-12-06T07:00:00Z', now).text, '3 hours ago');
});

test('money keeps every digit of the decimal string', () => {
  assert.equal(fmtMoney('12345678901234.56', 'CNY'), 'CN¥12,345,678,901,234.56');
});
