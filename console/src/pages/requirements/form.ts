// The capture and amendment forms' state (what the inputs hold: text), and the API bodies built from it. Rows left
// empty are dropped, so the API numbers the rows it sees differently from the form: `renumber` maps the API's
// violation paths (`items[1].quantity`) back to the rows the person sees.
import type { Schemas } from '../../api/client';
import type { Problem } from '../../api/problem';

export interface ItemRow { productCode: string; description: string; specification: string; quantity: string; unit: string; unitPrice: string; currency: string }
export interface LineRow { category: string; text: string; reference: string }
export interface QuotedRow { productCode: string; specification: string; quantity: string; unitPrice: string; currency: string }

/** The content a requirement has (capture and amendment share it). */
export interface ContentForm {
  title: string;
  externalRef: string;
  items: ItemRow[];
  delivery: { dueDate: string; place: string; terms: string };
  services: string[];
  requirements: LineRow[];
  quotationRef: string;
  quotation: { items: QuotedRow[]; deliveryDate: string };
  highRisk: boolean;
}

export interface CaptureForm extends ContentForm {
  customerId: string;
  source: string;
}

/** For each list the form has, the form's row index of each row sent (index = the API's row number). */
export type RowMap = Record<'items' | 'requirements' | 'quotation.items', number[]>;

export const emptyItem = (currency = 'CNY'): ItemRow =>
  ({ productCode: '', description: '', specification: '', quantity: '', unit: 'pcs', unitPrice: '', currency });
export const emptyLine = (): LineRow => ({ category: 'STATED', text: '', reference: '' });
export const emptyQuoted = (currency = 'CNY'): QuotedRow => ({ productCode: '', specification: '', quantity: '', unitPrice: '', currency });

export function emptyCapture(): CaptureForm {
  return {
    customerId: '', source: 'CONTRACT_DRAFT', title: '', externalRef: '', items: [emptyItem()],
    delivery: { dueDate: '', place: '', terms: '' }, services: [], requirements: [], quotationRef: '',
    quotation: { items: [], deliveryDate: '' }, highRisk: false,
  };
}

const blank = (s: string | undefined) => !s || s.trim() === '';
const text = (s: string) => (blank(s) ? undefined : s.trim());

/**
 * A decimal as the API takes it: a number when the text is one (a decimal comma is read as a point), the text as typed
 * when it is not (the API then names the field as wrongly formatted), nothing when blank (the API says it is missing).
 */
export function decimal(s: string): number | undefined {
  if (blank(s)) return undefined;
  const t = s.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : (s.trim() as unknown as number);
}

/** A row nobody filled in (defaults such as the unit or currency do not count). */
export const itemIsEmpty = (r: ItemRow) => [r.productCode, r.description, r.specification, r.quantity, r.unitPrice].every(blank);
export const lineIsEmpty = (r: LineRow) => blank(r.text) && blank(r.reference);
export const quotedIsEmpty = (r: QuotedRow) => [r.productCode, r.specification, r.quantity, r.unitPrice].every(blank);

function kept<T>(rows: T[], empty: (r: T) => boolean): { rows: T[]; map: number[] } {
  const map: number[] = [];
  rows.forEach((r, i) => { if (!empty(r)) map.push(i); });
  return { rows: map.map((i) => rows[i]), map };
}

type ContentBody = Omit<Schemas['Requirements_AmendmentRequest'], 'reason' | 'servicesLabels'>;

/** The content part of a body: every field, empty rows dropped, blank texts absent. */
export function contentBody(form: ContentForm): { body: Required<Pick<ContentBody, 'items' | 'services' | 'requirements' | 'highRisk'>> & ContentBody; rows: RowMap } {
  const items = kept(form.items, itemIsEmpty);
  const lines = kept(form.requirements, lineIsEmpty);
  const quoted = kept(form.quotation.items, quotedIsEmpty);
  const d = form.delivery;
  const hasDelivery = !blank(d.dueDate) || !blank(d.place) || !blank(d.terms);
  const hasQuotation = quoted.rows.length > 0 || !blank(form.quotation.deliveryDate);
  return {
    body: {
      title: text(form.title),
      externalRef: text(form.externalRef),
      items: items.rows.map((r) => ({
        productCode: r.productCode.trim(), description: text(r.description), specification: text(r.specification),
        quantity: decimal(r.quantity)!, unit: r.unit.trim(), unitPrice: decimal(r.unitPrice)!, currency: r.currency.trim().toUpperCase(),
      })),
      // the API says which of the delivery's fields is missing: send the part once anything of it is filled in
      delivery: hasDelivery ? { dueDate: text(d.dueDate)!, place: text(d.place), terms: text(d.terms) } : undefined,
      services: form.services as Schemas['Requirements_ServiceKind'][],
      requirements: lines.rows.map((r) => ({
        category: r.category as Schemas['Requirements_RequirementCategory'], text: r.text.trim(), reference: text(r.reference),
      })),
      quotationRef: text(form.quotationRef),
      quotation: hasQuotation ? {
        items: quoted.rows.map((r) => ({
          productCode: r.productCode.trim(), specification: text(r.specification), quantity: decimal(r.quantity),
          unitPrice: decimal(r.unitPrice), currency: text(r.currency)?.toUpperCase(),
        })),
        deliveryDate: text(form.quotation.deliveryDate),
      } : undefined,
      highRisk: form.highRisk,
    },
    rows: { items: items.map, requirements: lines.map, 'quotation.items': quoted.map },
  };
}

/** The body of POST /api/v1/requirements. */
export function captureBody(form: CaptureForm): { body: Schemas['Requirements_CaptureRequest']; rows: RowMap } {
  const { body, rows } = contentBody(form);
  return {
    body: {
      ...body, customerId: form.customerId, source: form.source as Schemas['Requirements_RequirementSource'],
      title: body.title ?? '', unwritten: form.source === 'VERBAL_ORDER' ? true : undefined,
    },
    rows,
  };
}

/** An amendment: the reason and only the fields that differ from the record's current content. */
export function amendmentBody(reason: string, form: ContentForm, current: ContentForm): { body: Schemas['Requirements_AmendmentRequest']; rows: RowMap; changed: string[] } {
  const next = contentBody(form);
  const before = contentBody(current).body as Record<string, unknown>;
  const after = next.body as Record<string, unknown>;
  const changed = Object.keys(after).filter((k) => JSON.stringify(after[k] ?? null) !== JSON.stringify(before[k] ?? null));
  const body: Record<string, unknown> = { reason: reason.trim() };
  changed.forEach((k) => { body[k] = after[k]; });
  return { body: body as Schemas['Requirements_AmendmentRequest'], rows: next.rows, changed };
}

const LISTS = ['quotation.items', 'items', 'requirements'] as const;

/** The API's violation path in the form's row numbering: `items[1].quantity` → `items[3].quantity` when rows 1 and 2 were empty. */
export function formPath(apiPath: string, rows: RowMap): string {
  for (const list of LISTS) {
    const m = apiPath.match(new RegExp(`^${list.replace('.', '\\.')}\\[(\\d+)\\](.*)$`));
    if (m) {
      const row = rows[list][Number(m[1])];
      return row === undefined ? apiPath : `${list}[${row}]${m[2]}`;
    }
  }
  return apiPath;
}

/** The problem with its violations renumbered to the form's rows. */
export function renumber(problem: Problem | null | undefined, rows: RowMap | null): Problem | null | undefined {
  if (!problem?.violations || !rows) return problem;
  return { ...problem, violations: problem.violations.map((v) => ({ ...v, field: formPath(v.field, rows) })) };
}

/** The form's view of a record's content (to amend it): numbers as text, absent as blank. */
export function contentForm(c: Schemas['Requirements_RequirementView'] | Schemas['Requirements_RequirementContent']): ContentForm {
  const s = (v: unknown) => (v == null ? '' : String(v));
  return {
    title: s(c.title), externalRef: s(c.externalRef),
    items: (c.items ?? []).map((i) => ({
      productCode: s(i.productCode), description: s(i.description), specification: s(i.specification), quantity: s(i.quantity),
      unit: s(i.unit), unitPrice: s(i.unitPrice), currency: s(i.currency),
    })),
    delivery: { dueDate: s(c.delivery?.dueDate), place: s(c.delivery?.place), terms: s(c.delivery?.terms) },
    services: [...(c.services ?? [])],
    requirements: (c.requirements ?? []).map((l) => ({ category: s(l.category), text: s(l.text), reference: s(l.reference) })),
    quotationRef: s(c.quotationRef),
    quotation: {
      items: (c.quotation?.items ?? []).map((q) => ({
        productCode: s(q.productCode), specification: s(q.specification), quantity: s(q.quantity), unitPrice: s(q.unitPrice), currency: s(q.currency),
      })),
      deliveryDate: s(c.quotation?.deliveryDate),
    },
    highRisk: !!c.highRisk,
  };
}

/** Every field name the content part of the form shows, for the rows it has (the rest go into the banner). */
export function contentFieldNames(form: ContentForm): string[] {
  const names = ['title', 'externalRef', 'items', 'delivery.dueDate', 'delivery.place', 'delivery.terms', 'services',
    'requirements', 'quotationRef', 'quotation.deliveryDate'];
  form.items.forEach((_, i) => ['productCode', 'description', 'specification', 'quantity', 'unit', 'unitPrice', 'currency']
    .forEach((f) => names.push(`items[${i}].${f}`)));
  form.requirements.forEach((_, i) => ['category', 'text', 'reference'].forEach((f) => names.push(`requirements[${i}].${f}`)));
  form.quotation.items.forEach((_, i) => ['productCode', 'specification', 'quantity', 'unitPrice', 'currency']
    .forEach((f) => names.push(`quotation.items[${i}].${f}`)));
  return names;
}
