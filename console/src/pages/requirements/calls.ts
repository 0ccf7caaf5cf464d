// Reads whose OpenAPI answer is untyped (a JAX-RS Response) or has more than one media type: the JSON as the views
// the API documents.
import { api, call, type Loaded, type Schemas, type paths } from '../../api/client';

type Requirement = Schemas['Requirements_RequirementView'];
type Customer = Schemas['Requirements_CustomerView'];

export const loadRequirement = (id: string) =>
  call(api.GET('/api/v1/requirements/{id}', { params: { path: { id } } })) as Promise<Loaded<Requirement>>;

export const loadCustomer = (id: string) =>
  call(api.GET('/api/v1/customers/{id}', { params: { path: { id } } })) as Promise<Loaded<Customer>>;

type ListParams = NonNullable<paths['/api/v1/requirements']['get']['parameters']['query']>;

export const listRequirements = (query: ListParams) =>
  call(api.GET('/api/v1/requirements', { params: { query } })) as Promise<Loaded<Schemas['Requirements_PageRequirementView']>>;

/** The customer archive, by code (up to 200: the pickers' list). */
export const listCustomers = () =>
  call(api.GET('/api/v1/customers', { params: { query: { size: 200, sort: ['code,asc'] } } }));
