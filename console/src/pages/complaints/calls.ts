// The complaint-service's changes, through the typed client. A complaint's steps carry its ETag as If-Match, so a
// step taken on an outdated page is refused (412) rather than applied to a complaint the person has not seen. A
// corrective action's view carries no version, so its steps rely on the state check (409) alone.
import { api, call, type Schemas } from '../../api/client';

type S = Schemas;

function header(etag: string | null) {
  return etag ? { 'If-Match': etag } : undefined;
}

export function acknowledge(id: string, etag: string | null) {
  return call(api.POST('/api/v1/complaints/{id}/acknowledgement', { params: { path: { id }, header: header(etag) } }));
}

export function investigate(id: string, etag: string | null, body: S['Complaints_InvestigationRequest']) {
  return call(api.POST('/api/v1/complaints/{id}/investigation', { params: { path: { id }, header: header(etag) }, body }));
}

export function resolve(id: string, etag: string | null, body: S['Complaints_ComplaintResolutionRequest']) {
  return call(api.POST('/api/v1/complaints/{id}/resolution', { params: { path: { id }, header: header(etag) }, body }));
}

export function confirm(id: string, etag: string | null, body: S['Complaints_CustomerConfirmationRequest']) {
  return call(api.POST('/api/v1/complaints/{id}/customer-confirmation', { params: { path: { id }, header: header(etag) }, body }));
}

export function withdraw(id: string, etag: string | null, body: S['Complaints_WithdrawalRequest']) {
  return call(api.POST('/api/v1/complaints/{id}/withdrawal', { params: { path: { id }, header: header(etag) }, body }));
}

export function openCorrectiveAction(id: string, body: S['Complaints_CorrectiveActionRequest']) {
  return call(api.POST('/api/v1/complaints/{id}/corrective-actions', { params: { path: { id } }, body }));
}

export function implement(id: string, body: S['Complaints_ImplementationRequest']) {
  return call(api.POST('/api/v1/corrective-actions/{id}/implementation', { params: { path: { id } }, body }));
}

export function verify(id: string, body: S['Complaints_ActionVerificationRequest']) {
  return call(api.POST('/api/v1/corrective-actions/{id}/verification', { params: { path: { id } }, body }));
}
