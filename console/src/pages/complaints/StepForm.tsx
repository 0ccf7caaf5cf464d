import type { ComponentChildren } from 'preact';
import { unplacedViolations } from '../../api/problem';
import type { Action } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { t } from './messages';

interface Props {
  /** the test hook, e.g. investigation-form */
  id: string;
  title: string;
  hint?: string;
  action: Action;
  /** the API field names this form shows beside its inputs (the banner lists other violations) */
  fields: string[];
  /** after a 412: load the record again */
  onReload: () => void;
  onSubmit: () => void;
  /** the submit button's label; none when the form brings its own buttons */
  submitLabel?: string;
  onCancel?: () => void;
  children: ComponentChildren;
  buttons?: ComponentChildren;
}

/** The frame of one lifecycle step's form: title, what failed (409 naming the state, 412 with Reload), buttons. */
export function StepForm({ id, title, hint, action, fields, onReload, onSubmit, submitLabel, onCancel, children, buttons }: Props) {
  return (
    <form id={id} class="card step-form" noValidate aria-labelledby={`${id}-title`}
      onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
      <h3 id={`${id}-title`}>{title}</h3>
      {hint && <p class="note">{hint}</p>}
      <ProblemBanner error={action.error} unplaced={unplacedViolations(action.error?.problem, fields)}
        onReload={() => { action.clear(); onReload(); }} />
      {children}
      <div class="actions">
        {submitLabel && <button type="submit" class="primary" id={`${id}-submit`} disabled={action.busy}>{submitLabel}</button>}
        {buttons}
        {onCancel && <button type="button" onClick={onCancel}>{t('cancel')}</button>}
      </div>
    </form>
  );
}
