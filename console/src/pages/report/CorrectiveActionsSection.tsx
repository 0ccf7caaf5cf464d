import { ChartFigure } from './ChartFigure';
import { Figures } from './Figures';
import type { ManagementReview } from './model';
import { correctiveActionsChart, figures } from './series';

export function CorrectiveActionsSection({ data }: { data: NonNullable<ManagementReview['correctiveActions']> }) {
  return (
    <>
      <Figures figures={figures(data.summary, [['open', 'count'], ['overdue', 'count'], ['effectivenessPercent', 'percent']])} />
      <div class="report-small-chart"><ChartFigure model={correctiveActionsChart(data.summary)} /></div>
    </>
  );
}
