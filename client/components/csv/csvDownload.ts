// "Download CSV": fetch the server's `format=csv` answer as the signed-in user (a plain link
// cannot carry the bearer token), then hand the bytes to the browser as a file. The server adds the BOM.
import { apiResponse } from '../../app/api';
import { vietnamToday, type UiLanguage } from '../../i18n/format';

/** A file-system-safe ASCII slug: Vietnamese diacritics dropped (đ -> d), anything else -> "-". */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `vocaxr-<part>-<part>-YYYY-MM-DD.csv`, the date in Vietnam time; empty parts are skipped. */
export function csvFileName(parts: readonly (string | undefined)[], now: Date = new Date()): string {
  const slugs = parts.filter((part): part is string => Boolean(part)).map(fileSlug).filter(Boolean);
  return ['vocaxr', ...slugs, vietnamToday(now)].join('-') + '.csv';
}

/** The file name a Content-Disposition header gives (RFC 6266: filename* wins), if any. */
export function fileNameFromContentDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed escape: fall back to the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/.exec(header);
  const name = plain?.[1] ?? plain?.[2];
  return name ? name.trim() : undefined;
}

/** The CSV's path with the language its header row is written in (`lang=vi|en`). */
export function csvPathInLanguage(path: string, language: UiLanguage): string {
  const [pathname, query = ''] = path.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.set('lang', language);
  return `${pathname}?${params.toString()}`;
}

/** Fetches `/api<path>` as CSV and saves it; errors come back as ApiRequestError like apiFetch's. */
export async function downloadCsv(path: string, fallbackName: string): Promise<void> {
  const response = await apiResponse(path, { accept: 'text/csv' });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob.type ? blob : new Blob([blob], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFromContentDisposition(response.headers.get('Content-Disposition')) ?? fallbackName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
