import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { ListViolation } from './ListViolation';
import { emptyLine, type LineRow } from './form';
import { CATEGORIES, categoryLabel } from './labels';
import { removeRow, setRow, valueOf } from './rows';
import { tr } from './messages';

/** The stated, implied, statutory, … requirements (`requirements[0].text`). */
export function LinesFieldset({ lines, onChange, problem }: { lines: LineRow[]; onChange: (lines: LineRow[]) => void; problem?: Problem | null }) {
  return (
    <fieldset id="requirement-lines">
      <legend>{tr('lines')}</legend>
      <ListViolation name="requirements" problem={problem} />
      {lines.map((line, i) => {
        const name = (f: string) => `requirements[${i}].${f}`;
        return (
          <fieldset key={i} class="line-row" data-row={i}>
            <legend>{tr('line.n', { n: i + 1 })}</legend>
            <div class="form-row">
              <Field name={name('category')} label={tr('line.category')} problem={problem} required>
                <select {...controlProps(name('category'), problem)} value={line.category}
                  onChange={(e) => onChange(setRow(lines, i, { category: valueOf(e) }))}>
                  {CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
                </select>
              </Field>
              <Field name={name('reference')} label={tr('line.reference')} problem={problem}>
                <input {...controlProps(name('reference'), problem)} value={line.reference}
                  onInput={(e) => onChange(setRow(lines, i, { reference: valueOf(e) }))} />
              </Field>
            </div>
            <Field name={name('text')} label={tr('line.text')} problem={problem} required>
              <textarea {...controlProps(name('text'), problem)} value={line.text}
                onInput={(e) => onChange(setRow(lines, i, { text: valueOf(e) }))} />
            </Field>
            <button type="button" onClick={() => onChange(removeRow(lines, i))}>{tr('line.remove', { n: i + 1 })}</button>
          </fieldset>
        );
      })}
      <button type="button" id="add-line" onClick={() => onChange([...lines, emptyLine()])}>{tr('line.add')}</button>
    </fieldset>
  );
}
