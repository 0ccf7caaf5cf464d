// The report's period: two dates and the presets people ask for. Choosing changes the page's link (?from=&to=), so a
// report can be bookmarked or sent.
import { useState } from 'preact/hooks';
import { navigate } from '../../router';
import { t } from './messages';
import { PRESETS, presetOf, presetPeriod, type Period } from './period';

function show(period: Period): void {
  navigate(`/report?${new URLSearchParams({ from: period.from, to: period.to }).toString()}`);
}

export function PeriodForm({ period }: { period: Period }) {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const current = presetOf(period);
  return (
    <form class="report-period" onSubmit={(e) => { e.preventDefault(); show({ from, to }); }}>
      <div class="report-presets" role="group" aria-label={t('presets')}>
        {PRESETS.map((p) => (
          <button key={p} type="button" data-preset={p} aria-pressed={current === p} onClick={() => show(presetPeriod(p))}>
            {t(`preset.${p}`)}
          </button>
        ))}
      </div>
      <div class="report-dates">
        <label for="report-from">{t('from')}</label>
        <input id="report-from" type="date" required value={from} max={to} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
        <label for="report-to">{t('to')}</label>
        <input id="report-to" type="date" required value={to} min={from} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
        <button type="submit" class="primary" id="report-show">{t('show')}</button>
      </div>
    </form>
  );
}
