// The feedback list's filters as the person picks them (calendar days), and as the API takes them (instants).

export interface FeedbackFilters {
  customerId: string;
  channel: string;
  category: string;
  /** first day included, YYYY-MM-DD, or '' */
  from: string;
  /** last day included, YYYY-MM-DD, or '' */
  to: string;
}

export const NO_FILTERS: FeedbackFilters = { customerId: '', channel: '', category: '', from: '', to: '' };

/** The start of a calendar day in the reader's time zone, as an ISO instant. */
export function startOfDay(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

/** The day after: the API's `to` is exclusive, the person's "to" day is meant whole. */
export function startOfNextDay(day: string): string {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
}

/** The query parameters of GET /api/v1/feedback (and, without the category, of the Pareto): only those set. */
export function feedbackQuery(f: FeedbackFilters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.customerId) q.customerId = f.customerId;
  if (f.channel) q.channel = f.channel;
  if (f.category) q.category = f.category;
  if (f.from) q.from = startOfDay(f.from);
  if (f.to) q.to = startOfNextDay(f.to);
  return q;
}
