import type { Problem } from '../../api/problem';
import { Field, controlProps } from '../../ui/Field';

interface Props {
  /** the API's field path (its violation shows beside the field) */
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  problem?: Problem | null;
  hint?: string;
  maxLength?: number;
}

/** A free-text field of a review form: comment, override reason, mitigation. */
export function TextAreaField({ name, label, value, onInput, problem, hint, maxLength = 4000 }: Props) {
  return (
    <Field name={name} label={label} problem={problem} hint={hint}>
      <textarea {...controlProps(name, problem)} value={value} maxLength={maxLength}
        onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)} />
    </Field>
  );
}
