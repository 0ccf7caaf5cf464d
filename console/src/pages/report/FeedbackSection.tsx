import { ChartFigure } from './ChartFigure';
import type { ManagementReview } from './model';
import { feedbackParetoChart } from './series';

export function FeedbackSection({ data }: { data: NonNullable<ManagementReview['feedback']> }) {
  return <ChartFigure model={feedbackParetoChart(data.pareto)} />;
}
