// The report's period as calendar days (from and to both inclusive, as the gateway reads a date `to`), and the presets
// people ask for. Days are the reader's own calendar days.

export interface Period {
  from: string;
  to: string;
}

export const PRESETS = ['lastQuarter', 'last12Months', 'yearToDate'] as const;
export type Preset = (typeof PRESETS)[number];

export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The preset's days, counted from `today`. */
export function presetPeriod(preset: Preset, today: Date = new Date()): Period {
  const y = today.getFullYear();
  const m = today.getMonth();
  switch (preset) {
    case 'lastQuarter': {
      const start = new Date(y, Math.floor(m / 3) * 3 - 3, 1);
      const end = new Date(start.getFullYear(), start.getMonth() + 3, 0);
      return { from: isoDay(start), to: isoDay(end) };
    }
    case 'last12Months':
      return { from: isoDay(new Date(y - 1, m, today.getDate() + 1)), to: isoDay(today) };
    case 'yearToDate':
      return { from: isoDay(new Date(y, 0, 1)), to: isoDay(today) };
  }
}

/** The preset a period is, if any (so its button shows as pressed). */
export function presetOf(period: Period, today: Date = new Date()): Preset | undefined {
  return PRESETS.find((p) => {
    const q = presetPeriod(p, today);
    return q.from === period.from && q.to === period.to;
  });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period in the page's link (`?from=&to=`), else the last twelve months. */
export function periodFromQuery(query: URLSearchParams, today: Date = new Date()): Period {
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  return DAY.test(from) && DAY.test(to) ? { from, to } : presetPeriod('last12Months', today);
}
