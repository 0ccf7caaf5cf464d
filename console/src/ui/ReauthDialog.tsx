import { useEffect, useRef, useState } from 'preact/hooks';
import { currentSession } from '../auth/session';
import { tc } from './messages';
import { setReauthPrompt } from './reauth';

/** Asks the signed-in person to sign in again when a signature needs a recent sign-in. */
export function ReauthDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<{ confirm: () => Promise<boolean>; done: (ok: boolean) => void } | null>(null);
  useEffect(() => {
    setReauthPrompt((confirm) => new Promise<boolean>((done) => setPending({ confirm, done })));
    return () => setReauthPrompt(null);
  }, []);
  useEffect(() => {
    if (pending) dialog.current?.showModal();
    else dialog.current?.close();
  }, [pending]);
  const finish = async (go: boolean) => {
    if (!pending) return;
    let ok = false;
    if (go) {
      try {
        ok = await pending.confirm();
      } catch {
        ok = false;
      }
    }
    pending.done(ok);
    setPending(null);
  };
  return (
    <dialog ref={dialog} aria-labelledby="reauth-title" onCancel={() => void finish(false)} id="reauth-dialog">
      <h2 id="reauth-title">{tc('reauth.title')}</h2>
      <p>{tc('reauth.text', { user: currentSession()?.user ?? '' })}</p>
      <div class="actions">
        <button type="button" class="primary" id="reauth-confirm" onClick={() => void finish(true)}>{tc('reauth.confirm')}</button>
        <button type="button" onClick={() => void finish(false)}>{tc('cancel')}</button>
      </div>
    </dialog>
  );
}
