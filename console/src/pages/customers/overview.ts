// The gateway's customer overview (GET /api/v1/customers/{id}/overview), typed as the services' own views: the gateway
// passes their JSON through, its OpenAPI document only says "object".
import { api, call, type Loaded, type Schemas } from '../../api/client';

export interface Overview {
  customerId: string;
  customer: Schemas['Requirements_CustomerView'] | null;
  requirements: {
    total: number; open: Schemas['Requirements_RequirementView'][]; accepted: Schemas['Requirements_RequirementView'][];
    openTotal: number; acceptedTotal: number; totalsExact?: boolean;
  } | null;
  reviewsInProgress: Schemas['Reviews_ReviewView'][] | null;
  feedback: Schemas['Feedback_FeedbackView'][] | null;
  satisfaction: Schemas['Feedback_Summary'] | null;
  complaints: Schemas['Complaints_ComplaintView'][] | null;
  /** the parts whose service did not answer */
  unavailable: string[];
}

export const loadOverview = (id: string) =>
  call(api.GET('/api/v1/customers/{id}/overview', { params: { path: { id } }, cache: 'no-cache' })) as unknown as Promise<Loaded<Overview>>;
