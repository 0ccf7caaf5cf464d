import { useState } from 'preact/hooks';

/**
 * A <details> section the person opens and closes; `show()` opens it from code (a problem to see). Kept in state, so a
 * re-render (a live update, a cleared problem) never closes what the person opened.
 */
export function useDisclosure(initial = false) {
  const [open, setOpen] = useState(initial);
  return {
    open,
    show: () => setOpen(true),
    props: { open, onToggle: (e: Event) => setOpen((e.currentTarget as HTMLDetailsElement).open) },
  };
}
