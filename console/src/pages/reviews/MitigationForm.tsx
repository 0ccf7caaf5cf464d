import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { violationFor } from '../../api/problem';
import { ifMatchHeader, useChange, type ChangeFormProps } from './change';
import { FormProblem } from './FormProblem';
import { t } from './messages';

/** Records how an assessed risk is mitigated: a risk of 15 or more stops blocking approval once it has one. */
export function MitigationForm({ review, etag, onChanged, seq }: ChangeFormProps & { seq: number }) {
  const change = useChange(etag);
  const [mitigation, setMitigation] = useState('');
  const message = violationFor(change.action.error?.problem, 'mitigation');
  const submit = async (e: Event) => {
    e.preventDefault();
    const done = await change.run((ifMatch) => call(api.POST('/api/v1/reviews/{id}/risks/{seq}/mitigation', {
      params: { path: { id: review.id!, seq }, header: ifMatchHeader(ifMatch) },
      body: { mitigation: mitigation.trim() },
    })));
    if (done) await onChanged();
  };
  return (
    <details>
      <summary id={`mitigate-open-${seq}`}>{t('risk.mitigate')}</summary>
      <form id={`mitigation-form-${seq}`} onSubmit={submit} onInput={change.touch}>
        <FormProblem change={change} fields={['mitigation']} onReload={onChanged} />
        {/* not a Field: the risk form's own mitigation field has that id; this one is per risk */}
        <div class={`field${message ? ' invalid' : ''}`}>
          <label for={`f-mitigation-${seq}`}>{t('risk.mitigation')}</label>
          <textarea id={`f-mitigation-${seq}`} name="mitigation" value={mitigation} maxLength={4000} required
            aria-invalid={message ? 'true' : undefined} aria-describedby={message ? `f-mitigation-${seq}-error` : undefined}
            onInput={(e) => setMitigation((e.target as HTMLTextAreaElement).value)} />
          {message && <p class="violation" id={`f-mitigation-${seq}-error`} data-field="mitigation">{message}</p>}
        </div>
        <button type="submit" id={`mitigate-${seq}`} disabled={change.action.busy}>{t('risk.mitigateSubmit')}</button>
      </form>
    </details>
  );
}
