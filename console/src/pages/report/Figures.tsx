import type { Figure } from './series';

/** Named figures as large numbers (the SLA compliance, the review KPIs): some things are best read as a number. */
export function Figures({ figures, big }: { figures: Figure[]; big?: boolean }) {
  return (
    <dl class={big ? 'report-figures big' : 'report-figures'}>
      {figures.map((f) => (
        <div key={f.key} class="report-figure">
          <dt>{f.label}</dt>
          <dd data-figure={f.key} data-raw={f.raw ?? ''}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
