// The whole report as PDF (saved as a file) or as the printable page (in a new window), in the reader's language.
import { useState } from 'preact/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { useAction } from '../../ui/hooks';
import { openWindow, saveBlob, showInWindow } from '../../ui/download';
import { fetchHtml, fetchPdf, fileName } from './documents';
import { t } from './messages';
import type { Period } from './period';

export function Downloads({ period }: { period: Period }) {
  const pdf = useAction();
  const html = useAction();
  const [blocked, setBlocked] = useState(false);
  const printable = () => {
    const win = openWindow();
    setBlocked(!win);
    if (!win) return;
    void html.run(async () => {
      try {
        showInWindow(win, await fetchHtml(period));
      } catch (e) {
        win.close();
        throw e;
      }
    });
  };
  return (
    <div class="report-downloads" role="group" aria-label={t('downloads')}>
      <button type="button" id="report-pdf" disabled={pdf.busy}
        onClick={() => pdf.run(async () => saveBlob(await fetchPdf(period), fileName(period, 'pdf')))}>
        {pdf.busy ? t('downloading') : t('pdf')}
      </button>
      <button type="button" id="report-html" disabled={html.busy} onClick={printable}>{t('html')}</button>
      {blocked && <p class="note" role="status">{t('popupBlocked')}</p>}
      <ProblemBanner error={pdf.error ?? html.error} />
    </div>
  );
}
