// The report's figures turned into what the page draws and tabulates: each chart's categories and series, and the
// same figures as table rows (the chart's text alternative: one source, so they cannot disagree).
import type { Schemas } from '../../api/client';
import { fmtNumber, fmtPercent } from '../../i18n/format';
import { lang } from '../../i18n/i18n';
import { categoryLabel, severityLabel, t } from './messages';

export type Unit = 'count' | 'percent' | 'score' | 'hours';

export interface Series {
  key: string;
  label: string;
  values: (number | null)[];
  unit: Unit;
  /** drawn as a line over bars (a Pareto's cumulative share), on the percent axis */
  overlay?: boolean;
}

export interface ChartModel {
  id: string;
  title: string;
  kind: 'line' | 'bar';
  /** the header of the categories' column in the table */
  categoryHeader: string;
  categories: string[];
  series: Series[];
}

export interface TableModel {
  headers: string[];
  rows: string[][];
}

export interface Figure {
  key: string;
  label: string;
  value: string;
  raw: number | null;
}

export function fmtValue(value: number | null | undefined, unit: Unit): string {
  if (unit === 'percent') return fmtPercent(value);
  if (unit === 'count') return fmtNumber(value);
  return fmtNumber(value, 1);
}

/** "2026-03" (or a period's start) as the reader's month: "Mar 2026", "2026年3月". */
export function fmtMonth(period: string | undefined): string {
  const m = /^(\d{4})-(\d{2})/.exec(period ?? '');
  if (!m) return period ?? '';
  return new Intl.DateTimeFormat(lang(), { year: 'numeric', month: 'short' }).format(new Date(Number(m[1]), Number(m[2]) - 1, 15));
}

export function tableOf(chart: ChartModel): TableModel {
  return {
    headers: [chart.categoryHeader, ...chart.series.map((s) => s.label)],
    rows: chart.categories.map((c, i) => [c, ...chart.series.map((s) => fmtValue(s.values[i], s.unit))]),
  };
}

const num = (v: number | null | undefined): number | null => (v == null || Number.isNaN(v) ? null : v);

export function satisfactionTrendChart(trend: Schemas['Feedback_Trend'] | undefined): ChartModel {
  const points = trend?.points ?? [];
  return {
    id: 'satisfaction-trend', title: t('chart.satisfactionTrend'), kind: 'line', categoryHeader: t('month'),
    categories: points.map((p) => fmtMonth(p.period ?? p.start)),
    series: [
      { key: 'csat', label: t('metric.csat'), unit: 'percent', values: points.map((p) => num(p.csat)) },
      { key: 'nps', label: t('metric.nps'), unit: 'score', values: points.map((p) => num(p.nps)) },
      { key: 'responses', label: t('metric.responses'), unit: 'count', values: points.map((p) => num(p.responses)) },
    ],
  };
}

export function feedbackParetoChart(pareto: Schemas['Feedback_Pareto'] | undefined): ChartModel {
  const rows = pareto?.categories ?? [];
  return {
    id: 'feedback-pareto', title: t('chart.feedbackPareto'), kind: 'bar', categoryHeader: t('category'),
    categories: rows.map((r) => r.categoryLabel ?? categoryLabel(r.category)),
    series: [
      { key: 'count', label: t('count'), unit: 'count', values: rows.map((r) => num(r.count)) },
      { key: 'cumulativePercent', label: t('metric.cumulativePercent'), unit: 'percent', overlay: true, values: rows.map((r) => num(r.cumulativePercent)) },
    ],
  };
}

/** A count per code (complaints by category or severity), largest first. */
export function countsChart(id: string, title: string, header: string, counts: Record<string, number> | undefined,
  label: (code: string) => string): ChartModel {
  const entries = Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1]);
  return {
    id, title, kind: 'bar', categoryHeader: header, categories: entries.map(([code]) => label(code)),
    series: [{ key: 'count', label: t('count'), unit: 'count', values: entries.map(([, n]) => n) }],
  };
}

export function complaintsByCategoryChart(metrics: Schemas['Complaints_Metrics'] | undefined): ChartModel {
  return countsChart('complaints-by-category', t('chart.complaintsByCategory'), t('category'), metrics?.byCategory, categoryLabel);
}

export function complaintsBySeverityChart(metrics: Schemas['Complaints_Metrics'] | undefined): ChartModel {
  return countsChart('complaints-by-severity', t('chart.complaintsBySeverity'), t('severity'), metrics?.bySeverity, severityLabel);
}

export function complaintsTrendChart(trend: Schemas['Complaints_Trend'] | undefined): ChartModel {
  const points = trend?.points ?? [];
  return {
    id: 'complaints-trend', title: t('chart.complaintsTrend'), kind: 'line', categoryHeader: t('month'),
    categories: points.map((p) => fmtMonth(p.period ?? p.start)),
    series: (['received', 'resolved', 'slaBreached'] as const).map((key) => (
      { key, label: t(`metric.${key}`), unit: 'count' as const, values: points.map((p) => num(p[key])) })),
  };
}

export function correctiveActionsChart(summary: Schemas['Complaints_Summary'] | undefined): ChartModel {
  const keys = ['opened', 'open', 'overdue', 'verified', 'effective'] as const;
  return {
    id: 'corrective-actions', title: t('chart.correctiveActions'), kind: 'bar', categoryHeader: t('figure'),
    categories: keys.map((k) => t(`metric.${k}`)),
    series: [{ key: 'count', label: t('count'), unit: 'count', values: keys.map((k) => num(summary?.[k])) }],
  };
}

export function propertyIncidentsChart(summary: Schemas['Requirements_Summary'] | undefined): ChartModel {
  const rows = summary?.rows ?? [];
  return {
    id: 'property-incidents', title: t('chart.propertyIncidents'), kind: 'bar', categoryHeader: `${t('kind')} / ${t('type')}`,
    categories: rows.map((r) => `${r.kind ?? ''} / ${r.type ?? ''}`),
    series: [
      { key: 'incidents', label: t('metric.incidents'), unit: 'count', values: rows.map((r) => num(r.incidents)) },
      { key: 'notified', label: t('metric.notified'), unit: 'count', values: rows.map((r) => num(r.notified)) },
    ],
  };
}

type MetricKey = Parameters<typeof t>[0] extends infer K ? (K extends `metric.${infer M}` ? M : never) : never;

/** Named figures of a section (e.g. the review KPIs), formatted, in the order given. */
export function figures<S extends object>(source: S | undefined, spec: [MetricKey & keyof S, Unit][]): Figure[] {
  return spec.map(([key, unit]) => {
    const raw = num(source?.[key] as number | null | undefined);
    return { key, label: t(`metric.${key}`), value: fmtValue(raw, unit), raw };
  });
}
