// Reading reviews through the typed client. The OpenAPI models GET /reviews/{id} as a plain Response and the list with
// its CSV form too, so these two say which JSON they are.
import { api, call, type Loaded, type Schemas } from '../../api/client';
import type { Review } from './logic';

type ListQuery = NonNullable<import('../../api/schema').operations['ReviewResource_list']['parameters']['query']>;

export function getReview(id: string): Promise<Loaded<Review>> {
  return call(api.GET('/api/v1/reviews/{id}', { params: { path: { id } } })) as Promise<Loaded<Review>>;
}

export function listReviews(query: ListQuery): Promise<Loaded<Schemas['Reviews_PageReviewView']>> {
  return call(api.GET('/api/v1/reviews', { params: { query } })) as Promise<Loaded<Schemas['Reviews_PageReviewView']>>;
}
