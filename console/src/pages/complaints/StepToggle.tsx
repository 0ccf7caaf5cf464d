import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  /** the toggle button's id: action-<step> */
  id: string;
  label: string;
  /** shown open at first (the step that moves the record on) */
  open?: boolean;
  children: (close: () => void) => ComponentChildren;
}

/** A step behind a button until wanted, so the page shows the next step first and the rest on request. */
export function StepToggle({ id, label, open = false, children }: Props) {
  const [shown, setShown] = useState(open);
  if (shown) return <>{children(() => setShown(false))}</>;
  return <button type="button" id={id} aria-expanded="false" onClick={() => setShown(true)}>{label}</button>;
}
