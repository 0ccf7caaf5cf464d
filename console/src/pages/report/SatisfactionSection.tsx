import { ChartFigure } from './ChartFigure';
import { Figures } from './Figures';
import type { ManagementReview } from './model';
import { figures, satisfactionTrendChart } from './series';

export function SatisfactionSection({ data }: { data: NonNullable<ManagementReview['satisfaction']> }) {
  return (
    <>
      <Figures figures={figures(data.summary, [['responses', 'count'], ['csat', 'percent'], ['nps', 'score'], ['staffIssuedResponses', 'count']])} />
      <ChartFigure model={satisfactionTrendChart(data.trend)} />
    </>
  );
}
