import { Figures } from './Figures';
import type { ManagementReview } from './model';
import { figures } from './series';

export function ReviewsSection({ data }: { data: NonNullable<ManagementReview['reviews']> }) {
  return (
    <Figures figures={figures(data.kpis, [['decided', 'count'], ['medianCycleHours', 'hours'], ['p90CycleHours', 'hours'],
      ['onTimePercent', 'percent'], ['rejectionPercent', 'percent'], ['clarificationPercent', 'percent'], ['simplifiedPercent', 'percent']])} />
  );
}
