import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';
import { ListViolation } from '../requirements/ListViolation';
import { removeRow, setRow, valueOf } from '../requirements/rows';
import { emptyContact, type ContactRow } from './form';
import { tu } from './messages';

const FIELDS: [keyof ContactRow, 'contact.name' | 'contact.role' | 'contact.email' | 'contact.phone', 'text' | 'email' | 'tel'][] = [
  ['name', 'contact.name', 'text'], ['role', 'contact.role', 'text'], ['email', 'contact.email', 'email'], ['phone', 'contact.phone', 'tel'],
];

/** The customer's contact people (`contacts[0].email`); the first with an e-mail receives the customer's mail. */
export function ContactsFieldset({ contacts, onChange, problem }: { contacts: ContactRow[]; onChange: (c: ContactRow[]) => void; problem?: Problem | null }) {
  return (
    <fieldset id="contacts">
      <legend>{tu('contacts')}</legend>
      <p class="hint">{tu('contacts.hint')}</p>
      <ListViolation name="contacts" problem={problem} />
      {contacts.map((c, i) => (
        <fieldset key={i} data-row={i}>
          <legend>{tu('contact.n', { n: i + 1 })}</legend>
          <div class="form-row">
            {FIELDS.map(([key, label, type]) => {
              const name = `contacts[${i}].${key}`;
              return (
                <Field key={key} name={name} label={tu(label)} problem={problem} required={key === 'name'}>
                  <input inputMode={type} autoComplete={type === 'text' ? undefined : type} {...controlProps(name, problem)} value={c[key]} onInput={(e) => onChange(setRow(contacts, i, { [key]: valueOf(e) }))} />
                </Field>
              );
            })}
          </div>
          <button type="button" onClick={() => onChange(removeRow(contacts, i))}>{tu('contact.remove', { n: i + 1 })}</button>
        </fieldset>
      ))}
      <button type="button" id="add-contact" onClick={() => onChange([...contacts, emptyContact()])}>{tu('contact.add')}</button>
    </fieldset>
  );
}
