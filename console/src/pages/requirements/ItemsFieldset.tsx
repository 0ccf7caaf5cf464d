import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { ListViolation } from './ListViolation';
import { emptyItem, type ItemRow } from './form';
import { removeRow, setRow, valueOf } from './rows';
import { tr } from './messages';

type Key = keyof ItemRow;
const TEXT_FIELDS: [Key, 'item.productCode' | 'item.description' | 'item.quantity' | 'item.unit' | 'item.unitPrice' | 'item.currency', boolean][] = [
  ['productCode', 'item.productCode', true], ['description', 'item.description', false], ['quantity', 'item.quantity', true],
  ['unit', 'item.unit', true], ['unitPrice', 'item.unitPrice', true], ['currency', 'item.currency', true],
];
const DECIMAL: Key[] = ['quantity', 'unitPrice'];

/** The product items, one fieldset each, named as the API names them (`items[0].quantity`). */
export function ItemsFieldset({ items, onChange, problem }: { items: ItemRow[]; onChange: (items: ItemRow[]) => void; problem?: Problem | null }) {
  return (
    <fieldset id="items">
      <legend>{tr('items')}</legend>
      <ListViolation name="items" problem={problem} />
      {items.map((item, i) => (
        <fieldset key={i} class="item-row" data-row={i}>
          <legend>{tr('item.n', { n: i + 1 })}</legend>
          <div class="form-row">
            {TEXT_FIELDS.map(([key, label, required]) => {
              const name = `items[${i}].${key}`;
              return (
                <Field key={key} name={name} label={tr(label)} problem={problem} required={required}>
                  <input {...controlProps(name, problem)} value={item[key]} inputMode={DECIMAL.includes(key) ? 'decimal' : undefined}
                    onInput={(e) => onChange(setRow(items, i, { [key]: valueOf(e) }))} />
                </Field>
              );
            })}
          </div>
          <Field name={`items[${i}].specification`} label={tr('item.specification')} problem={problem}>
            <textarea {...controlProps(`items[${i}].specification`, problem)} value={item.specification}
              onInput={(e) => onChange(setRow(items, i, { specification: valueOf(e) }))} />
          </Field>
          <button type="button" class="remove-item" onClick={() => onChange(removeRow(items, i))}>{tr('item.remove', { n: i + 1 })}</button>
        </fieldset>
      ))}
      <button type="button" id="add-item" onClick={() => onChange([...items, emptyItem(items[items.length - 1]?.currency || 'CNY')])}>{tr('item.add')}</button>
    </fieldset>
  );
}
