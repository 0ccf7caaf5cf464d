import { t } from './messages';

interface Props {
  id: string;
  label: string;
  value: string;
  values: readonly string[];
  labelOf: (value: string) => string;
  onChange: (value: string) => void;
}

/** A list filter over an enum: All, or one value. */
export function FilterSelect({ id, label, value, values, labelOf, onChange }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t('all')}</option>
        {values.map((v) => <option key={v} value={v}>{labelOf(v)}</option>)}
      </select>
    </div>
  );
}
