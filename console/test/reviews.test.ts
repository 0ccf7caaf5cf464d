import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffValue, formsFor, myDepartments, orderTasks, tasksFor, waitingFor, type DepartmentEntry, type Review, type Task } from '../src/pages/reviews/logic';

const now = Date.parse('2026-12-06T10:00:00Z');

const directory: DepartmentEntry[] = [
  { code: 'QUALITY', signingRole: 'QUALITY', active: true },
  { code: 'PRODUCTION', signingRole: 'PRODUCTION', active: true, manager: 'boss.prod' },
  { code: 'PROCUREMENT', signingRole: 'PROCUREMENT', active: true },
  { code: 'BRANCH_WUXI', signingRole: 'BRANCH_WUXI', active: true },
  { code: 'OLD', signingRole: 'QUALITY', active: false },
];

function review(id: string, over: Partial<Review> = {}): Review {
  return {
    id, type: 'FULL', status: 'OPEN', openedAt: '2026-12-01T00:00:00Z',
    requiredDepartments: ['QUALITY', 'PRODUCTION', 'PROCUREMENT'], missingOpinions: ['QUALITY', 'PRODUCTION', 'PROCUREMENT'],
    tasks: [
      { department: 'QUALITY', dueAt: '2026-12-08T00:00:00Z', overdue: false },
      { department: 'PRODUCTION', dueAt: '2026-12-07T00:00:00Z', overdue: false },
      { department: 'PROCUREMENT', dueAt: '2026-12-05T00:00:00Z', overdue: true },
    ],
    ...over,
  };
}

const task = (id: string, dueAt: string | undefined, overdue: boolean, openedAt = '2026-12-01T00:00:00Z'): Task =>
  ({ review: { id, openedAt }, kind: 'opinion', dueAt, overdue, delegated: false });

test('my departments are those whose signing role I hold, active ones only', () => {
  assert.deepEqual(myDepartments(directory, ['QUALITY', 'BRANCH_WUXI']), ['QUALITY', 'BRANCH_WUXI']);
  assert.deepEqual(myDepartments(directory, ['SALES']), []);
});

test('tasks come overdue first, then by the soonest due time; tasks without a due time last, oldest review first', () => {
  const ordered = orderTasks([
    task('later', '2026-12-09T00:00:00Z', false),
    task('none-new', undefined, false, '2026-12-03T00:00:00Z'),
    task('overdue-late', '2026-12-05T00:00:00Z', true),
    task('soon', '2026-12-07T00:00:00Z', false),
    task('none-old', undefined, false, '2026-11-01T00:00:00Z'),
    task('overdue-early', '2026-12-01T00:00:00Z', true),
  ]);
  assert.deepEqual(ordered.map((t) => t.review.id), ['overdue-early', 'overdue-late', 'soon', 'later', 'none-old', 'none-new']);
});

test('a reviewer has a task for each missing opinion of their departments, with its due time; a task past due counts as overdue', () => {
  const tasks = tasksFor([
    review('a'),
    review('b', { missingOpinions: ['PROCUREMENT'] }),
    review('c', { status: 'CONSOLIDATED', missingOpinions: [] }),
  ], { user: 'zhou.qing', roles: ['QUALITY', 'PROCUREMENT'] }, ['QUALITY', 'PROCUREMENT'], now);
  assert.deepEqual(tasks.map((t) => `${t.review.id}:${t.department}:${t.overdue}`), ['a:PROCUREMENT:true', 'b:PROCUREMENT:true', 'a:QUALITY:false']);
  const late = tasksFor([review('d', { tasks: [{ department: 'QUALITY', dueAt: '2026-12-06T09:00:00Z', overdue: false }] })],
    { user: 'x', roles: ['QUALITY'] }, ['QUALITY'], now);
  assert.equal(late[0].overdue, true);
});

test('a task delegated to me by name is mine even without the department role, and listed once', () => {
  const delegated = review('a', { tasks: [{ department: 'PRODUCTION', dueAt: '2026-12-07T00:00:00Z', assignee: 'zhang.min' }] });
  const tasks = tasksFor([delegated, delegated], { user: 'zhang.min', roles: ['PRODUCTION'] }, ['PRODUCTION'], now);
  assert.equal(tasks.length, 1);
  const byName = tasksFor([delegated], { user: 'zhang.min', roles: [] }, [], now);
  assert.deepEqual(byName.map((t) => [t.department, t.delegated]), [['PRODUCTION', true]]);
});

test('the sales manager waits on full reviews with every opinion in and on simplified ones; the general manager on consolidated ones', () => {
  const reviews = [
    review('missing'),
    review('complete', { missingOpinions: [] }),
    review('simple', { type: 'SIMPLIFIED', requiredDepartments: [], missingOpinions: [], tasks: [] }),
    review('consolidated', { status: 'CONSOLIDATED', missingOpinions: [] }),
    review('approved', { status: 'APPROVED', missingOpinions: [] }),
  ];
  const sm = tasksFor(reviews, { user: 'zhao.lei', roles: ['SALES_MANAGER'] }, [], now);
  assert.deepEqual(sm.map((t) => `${t.review.id}:${t.kind}`).sort(), ['complete:consolidation', 'simple:confirmation']);
  const gm = tasksFor(reviews, { user: 'chen.gang', roles: ['GENERAL_MANAGER'] }, [], now);
  assert.deepEqual(gm.map((t) => `${t.review.id}:${t.kind}`), ['consolidated:decision']);
});

test('a reviewer sees the opinion form only for their own departments still missing an opinion, while the review is open', () => {
  const person = { user: 'zhou.qing', roles: ['QUALITY'] };
  assert.deepEqual(formsFor(review('a'), person, directory).opinion, ['QUALITY']);
  assert.deepEqual(formsFor(review('a', { missingOpinions: ['PRODUCTION'] }), person, directory).opinion, []);
  assert.deepEqual(formsFor(review('a', { status: 'CONSOLIDATED' }), person, directory).opinion, []);
  const forms = formsFor(review('a'), person, directory);
  assert.equal(forms.consolidate || forms.decide || forms.confirmOrder || forms.history, false);
  assert.equal(forms.addRisk, true);
});

test('a department manager may delegate its task without signing for it', () => {
  const forms = formsFor(review('a'), { user: 'boss.prod', roles: ['GENERAL_MANAGER'] }, directory);
  assert.deepEqual(forms.delegate, ['PRODUCTION']);
  assert.deepEqual(forms.opinion, []);
});

test('consolidation once every opinion is in, decision once consolidated, order confirmation for a simplified review', () => {
  const sm = { user: 'zhao.lei', roles: ['SALES_MANAGER'] };
  const gm = { user: 'chen.gang', roles: ['GENERAL_MANAGER'] };
  assert.equal(formsFor(review('a'), sm, directory).consolidate, false);
  assert.equal(formsFor(review('a', { missingOpinions: [] }), sm, directory).consolidate, true);
  assert.equal(formsFor(review('a', { missingOpinions: [] }), gm, directory).decide, false);
  assert.equal(formsFor(review('a', { status: 'CONSOLIDATED', missingOpinions: [] }), gm, directory).decide, true);
  assert.equal(formsFor(review('a', { status: 'CONSOLIDATED', missingOpinions: [] }), sm, directory).decide, false);
  const simple = review('s', { type: 'SIMPLIFIED', missingOpinions: [] });
  assert.equal(formsFor(simple, sm, directory).confirmOrder, true);
  assert.equal(formsFor(simple, sm, directory).consolidate, false);
  assert.equal(formsFor(review('a', { status: 'APPROVED', missingOpinions: [] }), sm, directory).addRisk, false);
  assert.equal(formsFor(review('a'), gm, directory).history, true);
});

test('what the review waits for, in steps', () => {
  assert.deepEqual(waitingFor(review('a', { missingOpinions: ['QUALITY'] })), { step: 'opinions', departments: ['QUALITY'] });
  assert.deepEqual(waitingFor(review('a', { missingOpinions: [] })), { step: 'consolidation' });
  assert.deepEqual(waitingFor(review('a', { status: 'CONSOLIDATED' })), { step: 'decision' });
  assert.deepEqual(waitingFor(review('a', { type: 'SIMPLIFIED' })), { step: 'confirmation' });
  assert.deepEqual(waitingFor(review('a', { status: 'APPROVED' })), { step: 'none' });
});

test('diff values read as text', () => {
  assert.equal(diffValue(null), '—');
  assert.equal(diffValue('Wuxi'), 'Wuxi');
  assert.equal(diffValue(120), '120');
  assert.equal(diffValue({ productCode: 'PH-200', quantity: 100 }), '{"productCode":"PH-200","quantity":100}');
});
