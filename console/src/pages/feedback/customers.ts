// The customers to pick from (GET /api/v1/customers, by name) and their names for lists that only carry the id.
import { api, call, type Schemas } from '../../api/client';
import { useResource, type Resource } from '../../ui/hooks';

export type Customer = Schemas['Requirements_CustomerView'];

/** The first 200 customers by name: what a select can sensibly offer (the API's largest page). */
export function useCustomers(): Resource<Schemas['Requirements_PageCustomerView']> {
  return useResource(() => call(api.GET('/api/v1/customers', { params: { query: { size: 200, sort: ['name,asc'] } } })), []);
}

/** "Name (code)", or the id's first part for a customer not in the list. */
export function customerName(customers: Customer[] | undefined, id: string | null | undefined): string {
  if (!id) return '';
  const c = customers?.find((x) => x.id === id);
  return c ? `${c.name} (${c.code})` : id.slice(0, 8);
}
