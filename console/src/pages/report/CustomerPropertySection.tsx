import { ChartFigure } from './ChartFigure';
import { Figures } from './Figures';
import type { ManagementReview } from './model';
import { figures, propertyIncidentsChart } from './series';

export function CustomerPropertySection({ data }: { data: NonNullable<ManagementReview['customerProperty']> }) {
  return (
    <>
      <Figures figures={figures(data.incidents, [['incidents', 'count'], ['notified', 'count'], ['notNotified', 'count']])} />
      <ChartFigure model={propertyIncidentsChart(data.incidents)} />
    </>
  );
}
