import { useEffect, useRef } from 'preact/hooks';
import { fetchDocument } from '../../api/client';
import type { ApiError } from '../../api/problem';
import { href } from '../../router';
import { useAction, useResource } from '../../ui/hooks';
import { Page } from '../../ui/Page';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { saveBlob } from '../../ui/download';
import { t } from './messages';

/**
 * The review record (产品要求评审表 / 订单确认表) as the API prints it (GET …/record as text/html, in the reader's
 * language), shown in a frame that runs nothing (the page has no scripts; the sandbox would stop them anyway), with
 * Print, open in a tab of its own, and the PDF for the archive.
 */
export function RecordPage({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const path = `/api/v1/reviews/${encodeURIComponent(id)}/record`;
  const page = useResource(async () => {
    const blob = await fetchDocument(path, 'text/html');
    return { data: URL.createObjectURL(blob), etag: null, response: new Response() };
  }, [id]);
  const frame = useRef<HTMLIFrameElement>(null);
  const pdf = useAction();
  useEffect(() => () => {
    if (page.data) URL.revokeObjectURL(page.data);
  }, [page.data]);
  const downloadPdf = async () => {
    const blob = await pdf.run(() => fetchDocument(path, 'application/pdf'));
    if (!blob) return;
    saveBlob(blob, `review-record-${id}.pdf`);
  };
  return (
    <Page title={t('record.title')} actions={<a class="button" href={href(`/reviews/${id}`)}>{t('record.back')}</a>}>
      <ProblemBanner error={page.error as ApiError | null} onReload={page.reload} />
      <ProblemBanner error={pdf.error} />
      {page.data && (
        <>
          <div class="actions record-actions">
            <button type="button" class="primary" id="print-record" onClick={() => frame.current?.contentWindow?.print()}>{t('record.print')}</button>
            <a class="button" id="open-record" href={page.data} target="_blank" rel="noopener">{t('record.open')}</a>
            <button type="button" id="record-pdf" disabled={pdf.busy} onClick={() => void downloadPdf()}>{t('record.pdf')}</button>
          </div>
          <iframe ref={frame} id="record-frame" class="record-frame" src={page.data} title={t('record.title')} sandbox="allow-same-origin allow-modals" />
        </>
      )}
      {!page.data && !page.error && <p>{t('record.loading')}</p>}
    </Page>
  );
}
