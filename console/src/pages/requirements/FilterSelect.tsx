import { valueOf } from './rows';
import { tr } from './messages';

/** One filter of a list: a labelled select whose first option, "All", is no filter. */
export function FilterSelect({ id, label, value, options, onChange }: {
  id: string; label: string; value: string; options: { value: string; label: string }[]; onChange: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(valueOf(e))}>
        <option value="">{tr('all')}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
