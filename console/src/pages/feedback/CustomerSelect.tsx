import type { Customer } from './customers';

interface Props {
  /** id, name and aria attributes (from controlProps when inside a Field) */
  attrs: { id: string; name?: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string };
  value: string;
  customers: Customer[] | undefined;
  /** the first option, for "no customer chosen" */
  emptyLabel: string;
  onChange: (customerId: string) => void;
}

/** A select of customers by name and code; its value is the customer's id. */
export function CustomerSelect({ attrs, value, customers, emptyLabel, onChange }: Props) {
  return (
    <select {...attrs} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="">{emptyLabel}</option>
      {customers?.map((c) => <option key={c.id} value={c.id} data-code={c.code}>{c.name} ({c.code})</option>)}
    </select>
  );
}
