// A change to the open review, guarded by its ETag. The page follows the live stream, so the review on screen (and its
// ETag) may move on while someone fills in a form: the form keeps the version the person started from (pinned at the
// first keystroke), and the API answers 412 if the review changed since — the person reloads, sees the change, and
// decides again rather than signing something they have not seen.
import { useRef } from 'preact/hooks';
import { useAction, type Action } from '../../ui/hooks';

export interface Change {
  action: Action;
  /** the person started editing: pin the version they see */
  touch: () => void;
  /** runs the call with the If-Match it must send */
  run: <R>(call: (ifMatch: string | undefined) => Promise<R>) => Promise<R | undefined>;
  /** after a reload (the 412's way out): start again from the version now shown */
  rebase: () => void;
}

export function useChange(etag: string | null): Change {
  const action = useAction();
  const pinned = useRef<string | null>(null);
  return {
    action,
    touch: () => {
      if (pinned.current === null) pinned.current = etag;
    },
    run: async (call) => {
      const ifMatch = pinned.current ?? etag ?? undefined;
      const result = await action.run(() => call(ifMatch));
      if (result !== undefined) pinned.current = null;
      return result;
    },
    rebase: () => {
      pinned.current = null;
      action.clear();
    },
  };
}

/** The If-Match header for the typed client, when there is a version to send. */
export function ifMatchHeader(ifMatch: string | undefined): { 'If-Match'?: string } {
  return ifMatch ? { 'If-Match': ifMatch } : {};
}

/** What every form changing the review gets: the review as shown, its version, and how to load it again. */
export interface ChangeFormProps {
  review: import('./logic').Review;
  etag: string | null;
  onChanged: () => Promise<void> | void;
}
