import { ChartFigure } from './ChartFigure';
import { Figures } from './Figures';
import type { ManagementReview } from './model';
import { complaintsByCategoryChart, complaintsBySeverityChart, complaintsTrendChart, figures } from './series';

export function ComplaintsSection({ data }: { data: NonNullable<ManagementReview['complaints']> }) {
  return (
    <>
      <Figures big figures={figures(data.metrics, [['slaCompliancePercent', 'percent']])} />
      <Figures figures={figures(data.metrics, [['total', 'count'], ['resolved', 'count'], ['meanHoursToResolve', 'hours']])} />
      <div class="grid">
        <ChartFigure model={complaintsByCategoryChart(data.metrics)} />
        <ChartFigure model={complaintsBySeverityChart(data.metrics)} />
      </div>
      <ChartFigure model={complaintsTrendChart(data.trend)} />
    </>
  );
}
