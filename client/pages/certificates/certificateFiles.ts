// The certificate as files: the printable PDF (server-rendered, vi or en) and the signed
// credential JSON, to keep in a wallet or check anywhere. Fetched as the signed-in user when
// there is one (the server decides who may), then handed to the browser as a download.
import { apiResponse } from '../../app/api';
import { fileNameFromContentDisposition } from '../../components/csv/csvDownload';
import type { UiLanguage } from '../../i18n/format';
import { certificateFileName } from './certificateFacts';
import type { CredentialJson } from './credentialText';

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const certificatePdfPath = (id: string, language: UiLanguage) => `/certificates/${encodeURIComponent(id)}/pdf?lang=${language}`;

/** GET /api/certificates/:id/pdf?lang=: the A4 certificate; errors come back as ApiRequestError. */
export async function downloadCertificatePdf(id: string, number: string, language: UiLanguage): Promise<void> {
  const response = await apiResponse(certificatePdfPath(id, language), { accept: 'application/pdf' });
  const blob = await response.blob();
  const name = fileNameFromContentDisposition(response.headers.get('Content-Disposition')) ?? certificateFileName(number, `${language}.pdf`);
  saveBlob(blob.type ? blob : new Blob([blob], { type: 'application/pdf' }), name);
}

/** The credential exactly as signed: any other spacing still verifies, but a wallet keeps it as it came. */
export function saveCredentialJson(credential: CredentialJson, number: string): void {
  saveBlob(new Blob([JSON.stringify(credential, null, 2)], { type: 'application/json' }), certificateFileName(number, 'json'));
}

/** GET /api/certificates/:id, then saved as a file. */
export async function downloadCredentialJson(id: string, number: string): Promise<void> {
  const response = await apiResponse(`/certificates/${encodeURIComponent(id)}`);
  saveCredentialJson((await response.json()) as CredentialJson, number);
}
