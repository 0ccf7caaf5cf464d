// A labelled form field whose API violation (from a 400 problem's `violations`, matched by field path) is shown beside
// it and announced: aria-invalid, aria-describedby.
import type { ComponentChildren } from 'preact';
import type { Problem } from '../api/problem';
import { violationFor } from '../api/problem';
import { tc } from './messages';

interface Props {
  /** the API's field path, e.g. `items[0].quantity`: also the input's name */
  name: string;
  label: string;
  problem?: Problem | null;
  required?: boolean;
  hint?: string;
  /** the input itself; it receives id/aria attributes through `controlProps(name)` */
  children: ComponentChildren;
}

export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The attributes an input inside a Field needs, to be spread on it. */
export function controlProps(name: string, problem?: Problem | null) {
  const invalid = !!violationFor(problem, name);
  return {
    id: fieldId(name),
    name,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': invalid ? `${fieldId(name)}-error` : undefined,
  };
}

export function Field({ name, label, problem, required, hint, children }: Props) {
  const message = violationFor(problem, name);
  return (
    <div class={`field${message ? ' invalid' : ''}`}>
      <label for={fieldId(name)}>
        {label}
        {required && <span class="required" aria-label={tc('required')}> *</span>}
      </label>
      {children}
      {hint && <small class="hint">{hint}</small>}
      {message && <p class="violation" id={`${fieldId(name)}-error`} data-field={name}>{message}</p>}
    </div>
  );
}
