// Reads whose OpenAPI answer is untyped (a JAX-RS Response) or has more than one media type: the JSON as the views
// the API documents.
import { api, call, type Loaded, type Schemas, type paths } from '../../api/client';

type Requirement = Schemas['Requirements_RequirementView'];
type Customer = Schemas['Requirements_CustomerView'];

/** The record as it is now: revalidated, never a copy the browser kept (right after a change it must be the new one). */
export const loadRequirement = (id: string) =>
  call(api.GET('/api/v1/requirements/{id}', { params: { path: { id } }, cache: 'no-cache' })) as Promise<Loaded<Requirement>>;

export const loadCustomer = (id: string) =>
  call(api.GET('/api/v1/customers/{id}', { params: { path: { id } }, cache: 'no-cache' })) as Promise<Loaded<Customer>>;

type ListParams = NonNullable<paths['/api/v1/requirements']['get']['parameters']['query']>;

export const listRequirements = (query: ListParams) =>
  call(api.GET('/api/v1/requirements', { params: { query }, cache: 'no-cache' })) as Promise<Loaded<Schemas['Requirements_PageRequirementView']>>;

/** The customer archive by code, those whose name contains `name` if given (up to 200: the pickers' list). */
export const listCustomers = (name?: string) =>
  call(api.GET('/api/v1/customers', { params: { query: { name: name?.trim() || undefined, size: 200, sort: ['code,asc'] } } }));
