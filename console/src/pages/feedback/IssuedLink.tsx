import { useState } from 'preact/hooks';
import type { Schemas } from '../../api/client';
import { ts } from './surveyMessages';

/** The customer's page with the token in the fragment (never sent to a server, so no access log keeps it). */
export function surveyLink(token: string): string {
  return `${new URL('survey.html', location.href).href.split('#')[0]}#token=${token}`;
}

/**
 * The one-time link of an invitation just sent: shown once (the API keeps only the token's hash), with a copy button
 * and what became of it: mailed to the customer, or to be passed on by hand.
 */
export function IssuedLink({ invitation }: { invitation: Schemas['Feedback_InvitationView'] }) {
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  const link = surveyLink(invitation.token ?? '');
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      setCopy('copyFailed');
    }
  };
  return (
    <section class="notice issued-link" id="issued-link" aria-labelledby="issued-link-title">
      <h3 id="issued-link-title">{ts('linkTitle')}</h3>
      <p>{ts('linkOnce')}</p>
      <div class="copy-row">
        <label for="survey-link" class="visually-hidden">{ts('linkLabel')}</label>
        <input id="survey-link" readOnly value={link} onFocus={(e) => (e.target as HTMLInputElement).select()} />
        <button type="button" id="copy-link" onClick={() => void copyLink()}>{ts('copy')}</button>
      </div>
      <p role="status">{copy ? ts(copy) : ''}</p>
      <p id="issued-link-mail" data-mailed={String(!!invitation.mailed)}>
        {invitation.mailed ? ts('linkMailed', { mail: invitation.mailedTo ?? '' }) : ts('linkNotMailed')}
      </p>
      <p class="note">{ts('linkStaff')}</p>
    </section>
  );
}
