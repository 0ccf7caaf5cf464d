// The customer form's state and the API bodies built from it: contact rows left empty are dropped, and the API's
// violation paths (`contacts[0].email`) are renumbered to the rows the person sees.
import type { Schemas } from '../../api/client';
import type { Problem } from '../../api/problem';

export interface ContactRow { name: string; role: string; email: string; phone: string }
export interface CustomerForm { code: string; name: string; contacts: ContactRow[]; language: string; surveysOptOut: boolean }

export const emptyContact = (): ContactRow => ({ name: '', role: '', email: '', phone: '' });
export const emptyCustomer = (): CustomerForm => ({ code: '', name: '', contacts: [emptyContact()], language: '', surveysOptOut: false });

const text = (s: string) => (s.trim() === '' ? undefined : s.trim());
export const contactIsEmpty = (c: ContactRow) => [c.name, c.role, c.email, c.phone].every((v) => v.trim() === '');

function contacts(form: CustomerForm): { contacts: Schemas['Requirements_ContactRequest'][]; rows: number[] } {
  const rows = form.contacts.map((c, i) => (contactIsEmpty(c) ? -1 : i)).filter((i) => i >= 0);
  return {
    contacts: rows.map((i) => form.contacts[i]).map((c) => ({ name: c.name.trim(), role: text(c.role), email: text(c.email), phone: text(c.phone) })),
    rows,
  };
}

/** POST /api/v1/customers. */
export function registerBody(form: CustomerForm): { body: Schemas['Requirements_CustomerRequest']; rows: number[] } {
  const c = contacts(form);
  return {
    body: { code: form.code.trim(), name: form.name.trim(), contacts: c.contacts, language: text(form.language), surveysOptOut: form.surveysOptOut },
    rows: c.rows,
  };
}

/** PATCH /api/v1/customers/{id}: everything the form shows (the code cannot change). */
export function updateBody(form: CustomerForm): { body: Schemas['Requirements_CustomerUpdateRequest']; rows: number[] } {
  const { body, rows } = registerBody(form);
  const { code: _code, ...update } = body;
  return { body: update, rows };
}

/** The form's view of a customer, to edit it. */
export function customerForm(c: Schemas['Requirements_CustomerView']): CustomerForm {
  const s = (v: string | undefined) => v ?? '';
  const rows = (c.contacts ?? []).map((k) => ({ name: s(k.name), role: s(k.role), email: s(k.email), phone: s(k.phone) }));
  return { code: s(c.code), name: s(c.name), contacts: rows.length ? rows : [emptyContact()], language: s(c.language), surveysOptOut: !!c.surveysOptOut };
}

/** The API's `contacts[1].email` as the form's row (rows left empty were not sent). */
export function renumberContacts(problem: Problem | null | undefined, rows: number[] | null): Problem | null | undefined {
  if (!problem?.violations || !rows) return problem;
  return {
    ...problem,
    violations: problem.violations.map((v) => ({
      ...v, field: v.field.replace(/^contacts\[(\d+)\]/, (m, n) => (rows[Number(n)] === undefined ? m : `contacts[${rows[Number(n)]}]`)),
    })),
  };
}

export function customerFieldNames(form: CustomerForm): string[] {
  return ['code', 'name', 'contacts', 'language', 'surveysOptOut',
    ...form.contacts.flatMap((_, i) => ['name', 'role', 'email', 'phone'].map((f) => `contacts[${i}].${f}`))];
}
