// The management review as the gateway sends it: the OpenAPI document leaves each section's members untyped (they are
// other services' answers), so they are typed here from those services' own schemas.
import type { Schemas } from '../../api/client';

export const SECTIONS = ['satisfaction', 'feedback', 'complaints', 'correctiveActions', 'reviews', 'customerProperty'] as const;
export type SectionKey = (typeof SECTIONS)[number];

export interface ManagementReview {
  from?: string;
  to?: string;
  generatedAt?: string;
  satisfaction?: { summary: Schemas['Feedback_Summary']; trend: Schemas['Feedback_Trend'] } | null;
  feedback?: { pareto: Schemas['Feedback_Pareto'] } | null;
  complaints?: { metrics: Schemas['Complaints_Metrics']; byProduct: Schemas['Complaints_Pareto']; trend: Schemas['Complaints_Trend'] } | null;
  correctiveActions?: { summary: Schemas['Complaints_Summary'] } | null;
  reviews?: { kpis: Schemas['Reviews_Kpis'] } | null;
  customerProperty?: { incidents: Schemas['Requirements_Summary'] } | null;
  unavailable?: string[];
}

export function asReview(json: Schemas['Gateway_ManagementReview'] | string): ManagementReview {
  // the typed client also lists the report's other media types (HTML, PDF, CSV); a JSON call answers an object
  return (typeof json === 'string' ? {} : json) as unknown as ManagementReview;
}

/** A section is shown when the gateway has it; one it names unavailable (or left out) says so instead. */
export function available(report: ManagementReview, key: SectionKey): boolean {
  return report[key] != null && !(report.unavailable ?? []).includes(key);
}
