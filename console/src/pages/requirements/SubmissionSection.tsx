import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { fmtDateTime } from '../../i18n/format';
import { Field, controlProps } from '../../ui/Field';
import { useAction } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { valueOf } from './rows';
import { ifMatch, scoped, type SectionProps } from './types';
import { tr } from './messages';

/** Before review, or sent back for clarification: the record can go (again) to review. */
const SUBMITTABLE = new Set(['CAPTURED', 'AWAITING_CONFIRMATION', 'CONFIRMED', 'CLARIFICATION_REQUESTED']);

/** Sending the requirement to review; after a request for clarification, with what was clarified. */
export function SubmissionSection({ r, etag, onChanged }: SectionProps) {
  const [clarification, setClarification] = useState('');
  const action = useAction();
  const problem = scoped(action.error?.problem, 'submission');
  const clarifying = r.status === 'CLARIFICATION_REQUESTED';
  const earlier = r.clarifications ?? [];
  if (!SUBMITTABLE.has(r.status ?? '') && earlier.length === 0 && !action.error) return null;
  const submit = async (e: Event) => {
    e.preventDefault();
    const done = await action.run(() => call(api.POST('/api/v1/requirements/{id}/submission', {
      params: { path: { id: r.id! }, header: ifMatch(etag) },
      body: clarifying ? { clarification } : undefined,
    })));
    if (done) onChanged(done);
  };
  return (
    <section class="card" aria-labelledby="submission-heading" id="submission">
      <h2 id="submission-heading">{tr('submission')}</h2>
      {earlier.length > 0 && (
        <ul class="clarifications">
          {earlier.map((c, i) => <li key={i}>{tr('clarification.given', { revision: c.revision ?? '', by: c.by ?? '', at: fmtDateTime(c.at) })}: {c.text}</li>)}
        </ul>
      )}
      <ProblemBanner error={action.error} onReload={onChanged} unplaced={action.error?.problem.violations?.filter((v) => v.field !== 'clarification')} />
      {SUBMITTABLE.has(r.status ?? '') && (
        <form id="submit-form" onSubmit={submit} noValidate>
          {clarifying && (
            <Field name="submission.clarification" label={tr('clarification')} problem={problem} required hint={tr('clarification.hint')}>
              <textarea {...controlProps('submission.clarification', problem)} value={clarification} onInput={(e) => setClarification(valueOf(e))} />
            </Field>
          )}
          <button type="submit" id="submit-requirement" class="primary" disabled={action.busy}>
            {clarifying ? tr('submission.again') : tr('submission.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
