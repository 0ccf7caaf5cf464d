import { useRef } from 'preact/hooks';
import { api, call, fetchDocument } from '../../api/client';
import { fmtDateTime, fmtNumber } from '../../i18n/format';
import { useAction, useLive, useResource } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { saveBlob } from '../../ui/download';
import { canWrite, type Requirement } from './types';
import { tr } from './messages';

/** Contracts, drawings, specifications: the list, download, and upload of the raw file. */
export function AttachmentsSection({ r }: { r: Requirement }) {
  const id = r.id!;
  const list = useResource(() => call(api.GET('/api/v1/requirements/{id}/attachments', { params: { path: { id } } })), [id]);
  useLive(['accord.requirement.attachment-added'], () => void list.reload(), [id]);
  const upload = useAction();
  const download = useAction();
  const input = useRef<HTMLInputElement>(null);

  const send = async (e: Event) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    const done = await upload.run(() => call(api.POST('/api/v1/requirements/{id}/attachments', {
      params: { path: { id } },
      // the raw file as the body: openapi-fetch passes it on untouched with this serializer
      body: file as unknown as string,
      bodySerializer: (b: unknown) => b as BodyInit,
      headers: {
        'Content-Type': file.type || 'application/octet-stream',
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      },
    })));
    if (done) {
      if (input.current) input.current.value = '';
      void list.reload();
    }
  };
  const get = (attachmentId: string, filename: string) => download.run(async () =>
    saveBlob(await fetchDocument(`/api/v1/requirements/${id}/attachments/${attachmentId}`, '*/*'), filename));

  return (
    <section class="card" aria-labelledby="attachments-heading" id="attachments">
      <h2 id="attachments-heading">{tr('attachments')}</h2>
      <ProblemBanner error={list.error ?? download.error} />
      {(list.data ?? []).length === 0 ? <p class="note">{tr('attachments.none')}</p> : (
        <ul>
          {list.data!.map((a) => (
            <li key={a.id} data-attachment-id={a.id}>
              <button type="button" class="link" onClick={() => get(a.id!, a.filename ?? 'attachment')}>{a.filename}</button>
              {' '}({fmtNumber((a.size ?? 0) / 1024, 1)} KB · {a.uploadedBy} · {fmtDateTime(a.uploadedAt)})
            </li>
          ))}
        </ul>
      )}
      {canWrite() && <form id="attachment-form" onSubmit={send}>
        <ProblemBanner error={upload.error} />
        <div class="field">
          <label for="attachment-file">{tr('attachments.file')}</label>
          <input type="file" id="attachment-file" ref={input} />
        </div>
        <button type="submit" id="upload-attachment" disabled={upload.busy}>{tr('attachments.upload')}</button>
      </form>}
    </section>
  );
}
