import { api, call, fetchDocument } from '../../api/client';
import { fmtDateTime, fmtNumber } from '../../i18n/format';
import { useAction, useLive, useResource } from '../../ui/hooks';
import { ProblemBanner } from '../../ui/ProblemBanner';
import { saveBlob } from '../../ui/download';
import { t } from './messages';

/** The complaint's attachments (photos, the customer's letter, 8D reports), each downloadable. */
export function Attachments({ complaintId }: { complaintId: string }) {
  const list = useResource(() => call(api.GET('/api/v1/complaints/{id}/attachments', { params: { path: { id: complaintId } } })), [complaintId]);
  useLive(['accord.complaint.attachment-added'], () => void list.reload(), [complaintId]);
  const download = useAction();
  const items = list.data ?? [];
  return (
    <div id="complaint-attachments">
      <ProblemBanner error={list.error ?? download.error} />
      {list.data && items.length === 0 && <p class="note">{t('noAttachments')}</p>}
      {items.length > 0 && (
        <ul class="attachments">
          {items.map((a) => (
            <li key={a.id} data-attachment-id={a.id}>
              <button type="button" class="link" disabled={download.busy} onClick={() => void download.run(async () => saveBlob(
                await fetchDocument(`/api/v1/complaints/${complaintId}/attachments/${a.id}`, a.contentType ?? '*/*'), a.filename ?? 'attachment'))}>
                {a.filename}
              </button>{' '}
              <span class="note">
                {a.contentType}, {fmtNumber((a.size ?? 0) / 1024, 1)} KB · {t('uploadedBy', { user: a.uploadedBy ?? '', time: fmtDateTime(a.uploadedAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
