import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiQuery, filtersFrom, linkOf } from '../src/pages/notifications/filters';

test('the mail filters travel in the link and only the given ones reach the API', () => {
  const f = filtersFrom(new URLSearchParams('status=FAILED&recipient=a%40b.cn&page=2'));
  assert.deepEqual(f, { recipient: 'a@b.cn', status: 'FAILED', aboutType: '', aboutId: '', page: 2 });
  assert.deepEqual(apiQuery(f), { recipient: 'a@b.cn', status: 'FAILED', aboutType: undefined, aboutId: undefined, page: 2, size: 20 });
  const { page, ...filters } = f;
  assert.equal(linkOf(filters, page), '/notifications?recipient=a%40b.cn&status=FAILED&page=2');
  assert.equal(linkOf({ recipient: '', status: '', aboutType: '', aboutId: '' }), '/notifications');
});

test('an unknown status is ignored and the page stays within what the API reaches', () => {
  const f = filtersFrom(new URLSearchParams('status=LOST&page=99'));
  assert.equal(f.status, '');
  assert.equal(f.page, 9);
});

test('a service is named alike in the list and among the unavailable', async () => {
  const { serviceName } = await import('../src/pages/notifications/messages');
  assert.equal(serviceName('requirements-service'), 'Requirements');
  assert.equal(serviceName('complaints'), 'Complaints');
});
