// The department directory (GET /api/v1/departments): who signs for which department, and its names in both languages.
// Read once per page load and shared by the pages; it changes only when an administrator edits it.
import { api, call, type Loaded } from '../../api/client';
import { lang } from '../../i18n/i18n';
import { useResource } from '../../ui/hooks';
import type { DepartmentEntry } from './logic';

let cached: Promise<Loaded<DepartmentEntry[]>> | null = null;

export function loadDirectory(): Promise<Loaded<DepartmentEntry[]>> {
  cached ??= call(api.GET('/api/v1/departments', { params: { query: { size: 200 } } }))
    .then((r) => ({ ...r, data: r.data.items ?? [] }))
    .catch((e) => {
      cached = null;
      throw e;
    });
  return cached;
}

export function useDirectory() {
  return useResource(loadDirectory, []);
}

/** The department's name in the reader's language, from the directory; its code while the directory is unknown. */
export function departmentName(code: string | null | undefined, directory: DepartmentEntry[] | null | undefined): string {
  if (!code) return '';
  const names = directory?.find((d) => d.code === code)?.names;
  return (names && (lang() === 'zh-CN' ? names['zh-CN'] : names.en)) || code;
}
