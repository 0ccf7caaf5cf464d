// Dates, money and clocks in the reader's locale. Times arrive as ISO-8601 UTC; money as a decimal string + currency.
import { lang } from './i18n';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${lang()}|${key}`;
  let f = dateFormats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(lang(), options);
    dateFormats.set(id, f);
  }
  return f;
}

export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return '';
  // a LocalDate ("2026-12-31") is a calendar day: format it as such, not as midnight UTC shifted into the reader's zone
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
  return dateFormat('date', { year: 'numeric', month: 'short', day: 'numeric' }).format(d);
}

export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return dateFormat('datetime', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** Money from the API's decimal string, exactly (Intl formats decimal strings without going through a double). */
export function fmtMoney(amount: string | number | null | undefined, currency: string | null | undefined): string {
  if (amount == null || amount === '') return '';
  const value = amount as unknown as number;
  if (!currency) return new Intl.NumberFormat(lang(), { maximumFractionDigits: 4 }).format(value);
  try {
    return new Intl.NumberFormat(lang(), { style: 'currency', currency }).format(value);
  } catch {
    return `${new Intl.NumberFormat(lang()).format(value)} ${currency}`;
  }
}

export function fmtNumber(value: number | null | undefined, fractionDigits = 0): string {
  if (value == null || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(lang(), { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);
}

export function fmtPercent(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return '–';
  return `${fmtNumber(value, 1)} %`;
}

export type ClockLevel = 'ok' | 'soon' | 'overdue';
export interface Clock {
  /** "in 3 hours" / "2 days ago", in the reader's language */
  text: string;
  level: ClockLevel;
  overdueMs: number;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000]];

/** An SLA clock: how far a due time is from now; "soon" within the last quarter of a day. */
export function clock(dueIso: string, now: number = Date.now()): Clock {
  const diff = new Date(dueIso).getTime() - now;
  const abs = Math.abs(diff);
  const [unit, ms] = UNITS.find(([, size]) => abs >= size) ?? ['minute', 60_000];
  const text = new Intl.RelativeTimeFormat(lang(), { numeric: 'auto' }).format(Math.round(diff / ms), unit);
  const level: ClockLevel = diff < 0 ? 'overdue' : diff < 6 * 3_600_000 ? 'soon' : 'ok';
  return { text, level, overdueMs: Math.max(0, -diff) };
}
