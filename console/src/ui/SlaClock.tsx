import { useEffect, useState } from 'preact/hooks';
import { clock } from '../i18n/format';
import { fmtDateTime } from '../i18n/format';

/** A due time as a ticking clock: "in 3 hours" / "2 hours ago", coloured by urgency, exact time on hover. */
export function SlaClock({ due, done }: { due: string | null | undefined; done?: boolean }) {
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  if (!due) return null;
  const c = clock(due);
  return (
    <time class={`clock clock-${done ? 'done' : c.level}`} dateTime={due} title={fmtDateTime(due)}>
      {c.text}
    </time>
  );
}
