// The report's other forms, asked of the same resource: the printable page (HTML), the PDF, and one section as CSV.
import { fetchDocument } from '../../api/client';
import type { SectionKey } from './model';
import type { Period } from './period';

const PATH = '/api/v1/management-review';

export function documentUrl(period: Period, extra: Record<string, string> = {}): string {
  return `${PATH}?${new URLSearchParams({ from: period.from, to: period.to, ...extra }).toString()}`;
}

export function fileName(period: Period, extension: string, section?: SectionKey): string {
  return `management-review-${section ? `${section}-` : ''}${period.from}_${period.to}.${extension}`;
}

export const fetchPdf = (period: Period) => fetchDocument(documentUrl(period), 'application/pdf');
export const fetchHtml = (period: Period) => fetchDocument(documentUrl(period), 'text/html');
export const fetchCsv = (period: Period, section: SectionKey) =>
  fetchDocument(documentUrl(period, { format: 'csv', section }), 'text/csv');
