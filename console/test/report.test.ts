import { test } from 'node:test';
import assert from 'node:assert/strict';
import { presetOf, presetPeriod, periodFromQuery } from '../src/pages/report/period';
import { available, asReview } from '../src/pages/report/model';
import {
  complaintsByCategoryChart, complaintsTrendChart, feedbackParetoChart, figures, satisfactionTrendChart, tableOf,
} from '../src/pages/report/series';

const today = new Date(2026, 11, 6);

test('the presets are the last calendar quarter, twelve months up to today and the year so far', () => {
  assert.deepEqual(presetPeriod('lastQuarter', today), { from: '2026-07-01', to: '2026-09-30' });
  assert.deepEqual(presetPeriod('lastQuarter', new Date(2026, 1, 10)), { from: '2025-10-01', to: '2025-12-31' });
  assert.deepEqual(presetPeriod('last12Months', today), { from: '2025-12-07', to: '2026-12-06' });
  assert.deepEqual(presetPeriod('yearToDate', today), { from: '2026-01-01', to: '2026-12-06' });
  assert.equal(presetOf({ from: '2026-01-01', to: '2026-12-06' }, today), 'yearToDate');
  assert.equal(presetOf({ from: '2026-01-02', to: '2026-12-06' }, today), undefined);
});

test('the period comes from the link, else the last twelve months', () => {
  assert.deepEqual(periodFromQuery(new URLSearchParams('from=2026-01-01&to=2026-03-31'), today), { from: '2026-01-01', to: '2026-03-31' });
  assert.deepEqual(periodFromQuery(new URLSearchParams('from=yesterday'), today), presetPeriod('last12Months', today));
});

test('the satisfaction trend becomes one series per figure and a table row per month with the same figures', () => {
  const chart = satisfactionTrendChart({
    interval: 'month',
    points: [{ period: '2026-03', responses: 4, csat: 75, nps: -25 }, { period: '2026-04', responses: 0 }],
  });
  assert.deepEqual(chart.categories, ['Mar 2026', 'Apr 2026']);
  assert.deepEqual(chart.series.map((s) => s.key), ['csat', 'nps', 'responses']);
  assert.deepEqual(chart.series[0].values, [75, null]);
  const table = tableOf(chart);
  assert.deepEqual(table.headers, ['Month', 'CSAT (% rating 4–5)', 'NPS', 'Responses']);
  assert.deepEqual(table.rows, [['Mar 2026', '75 %', '-25', '4'], ['Apr 2026', '–', '–', '0']]);
});

test('the feedback Pareto is bars of counts with the cumulative share as a line over them', () => {
  const chart = feedbackParetoChart({
    total: 4,
    categories: [
      { category: 'QUALITY', categoryLabel: 'Quality', count: 3, percent: 75, cumulativePercent: 75 },
      { category: 'PRICE', count: 1, percent: 25, cumulativePercent: 100 },
    ],
  });
  assert.equal(chart.kind, 'bar');
  assert.deepEqual(chart.categories, ['Quality', 'Price']);
  assert.equal(chart.series[1].overlay, true);
  assert.deepEqual(tableOf(chart).rows, [['Quality', '3', '75 %'], ['Price', '1', '100 %']]);
});

test('complaints by category are largest first; the trend has received, resolved and breached per month', () => {
  const byCategory = complaintsByCategoryChart({ byCategory: { DELIVERY: 1, QUALITY: 5 } });
  assert.deepEqual(tableOf(byCategory).rows, [['Quality', '5'], ['Delivery', '1']]);
  const trend = complaintsTrendChart({ points: [{ period: '2026-11', received: 2, resolved: 1, slaBreached: 0 }] });
  assert.deepEqual(tableOf(trend).rows, [['Nov 2026', '2', '1', '0']]);
});

test('named figures are formatted by their unit; a missing one shows a dash', () => {
  const f = figures({ decided: 12, onTimePercent: 91.66, medianCycleHours: undefined }, [
    ['decided', 'count'], ['onTimePercent', 'percent'], ['medianCycleHours', 'hours']]);
  assert.deepEqual(f.map((x) => x.value), ['12', '91.7 %', '–']);
  assert.deepEqual(f.map((x) => x.label), ['Reviews decided', 'On time', 'Median cycle (hours)']);
});

test('a section the gateway names unavailable is not shown, the others are', () => {
  const report = asReview({ feedback: null, reviews: { kpis: {} }, unavailable: ['feedback'] } as never);
  assert.equal(available(report, 'feedback'), false);
  assert.equal(available(report, 'reviews'), true);
  assert.equal(available(report, 'complaints'), false);
});
