import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { emptyQuoted, type ContentForm, type QuotedRow } from './form';
import { removeRow, setRow, valueOf } from './rows';
import { tr } from './messages';

type Quotation = ContentForm['quotation'];
const FIELDS: [keyof QuotedRow, 'item.productCode' | 'item.specification' | 'item.quantity' | 'item.unitPrice' | 'item.currency'][] = [
  ['productCode', 'item.productCode'], ['specification', 'item.specification'], ['quantity', 'item.quantity'],
  ['unitPrice', 'item.unitPrice'], ['currency', 'item.currency'],
];

/** What was quoted earlier (collapsed: most captures have none); the capture is checked against it for discrepancies. */
export function QuotationFieldset({ quotationRef, quotation, onChange, problem }: {
  quotationRef: string; quotation: Quotation; onChange: (patch: { quotationRef?: string; quotation?: Quotation }) => void; problem?: Problem | null;
}) {
  const open = !!quotationRef || quotation.items.length > 0 || !!quotation.deliveryDate
    || !!problem?.violations?.some((v) => v.field.startsWith('quotation'));
  const rows = quotation.items;
  return (
    <details class="card" open={open} id="quotation">
      <summary>{tr('quotation')}</summary>
      <p class="hint">{tr('quotation.hint')}</p>
      <div class="form-row">
        <Field name="quotationRef" label={tr('quotationRef')} problem={problem}>
          <input {...controlProps('quotationRef', problem)} value={quotationRef} onInput={(e) => onChange({ quotationRef: valueOf(e) })} />
        </Field>
        <Field name="quotation.deliveryDate" label={tr('quotation.deliveryDate')} problem={problem}>
          <input type="date" {...controlProps('quotation.deliveryDate', problem)} value={quotation.deliveryDate}
            onInput={(e) => onChange({ quotation: { ...quotation, deliveryDate: valueOf(e) } })} />
        </Field>
      </div>
      {rows.map((row, i) => (
        <fieldset key={i} data-row={i}>
          <legend>{tr('quotation.item', { n: i + 1 })}</legend>
          <div class="form-row">
            {FIELDS.map(([key, label]) => {
              const name = `quotation.items[${i}].${key}`;
              return (
                <Field key={key} name={name} label={tr(label)} problem={problem} required={key === 'productCode'}>
                  <input {...controlProps(name, problem)} value={row[key]}
                    onInput={(e) => onChange({ quotation: { ...quotation, items: setRow(rows, i, { [key]: valueOf(e) }) } })} />
                </Field>
              );
            })}
          </div>
          <button type="button" onClick={() => onChange({ quotation: { ...quotation, items: removeRow(rows, i) } })}>
            {tr('quotation.remove', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" id="add-quoted" onClick={() => onChange({ quotation: { ...quotation, items: [...rows, emptyQuoted()] } })}>
        {tr('quotation.add')}
      </button>
    </details>
  );
}
