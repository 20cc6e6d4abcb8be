// The printable certificate: one A4 page (pdf-lib) in Vietnamese or English with the institution,
// holder, achievement, date, number and a QR code of the public verify URL. DejaVu Sans ships in
// assets/fonts (it has every Vietnamese glyph), subset into each PDF; no system font is used.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { CertificateRecord } from '../storage/certificates';

export const pdfLanguageSchema = z.enum(['vi', 'en'], { message: 'lang must be vi or en' });
export type PdfLanguage = z.infer<typeof pdfLanguageSchema>;

const fontFile = (name: string): string => fileURLToPath(new URL(`../../assets/fonts/${name}`, import.meta.url));
let fonts: Promise<[Uint8Array, Uint8Array]> | undefined;
const fontBytes = () => (fonts ??= Promise.all([readFile(fontFile('DejaVuSans.ttf')), readFile(fontFile('DejaVuSans-Bold.ttf'))]));

const words = {
  vi: { title: 'CHỨNG CHỈ', certifies: 'Chứng nhận', passed: 'đã đạt bài đánh giá thực hành theo tiêu chuẩn', date: 'Ngày cấp', number: 'Số hiệu', scan: 'Quét mã để kiểm tra chứng chỉ trực tuyến:', revoked: 'ĐÃ THU HỒI' },
  en: { title: 'CERTIFICATE', certifies: 'This certifies that', passed: 'has passed the practical assessment against the standard', date: 'Date of issue', number: 'Certificate number', scan: 'Scan to verify this certificate online:', revoked: 'REVOKED' },
} as const;

const a4: [number, number] = [595.28, 841.89];
const ink = rgb(0.1, 0.12, 0.16);
const accent = rgb(0.05, 0.33, 0.55);

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = ink): void {
  // Long names and titles shrink to fit the page's width with margins.
  let fitted = size;
  while (fitted > 8 && font.widthOfTextAtSize(text, fitted) > a4[0] - 100) fitted -= 1;
  page.drawText(text, { x: (a4[0] - font.widthOfTextAtSize(text, fitted)) / 2, y, size: fitted, font, color });
}

/** `issuedAt` as a calendar date in Vietnam's time (UTC+7), as printed: 30/11/2026 or 30 November 2026. */
function printedDate(issuedAt: string, lang: PdfLanguage): string {
  const date = new Date(issuedAt);
  return lang === 'vi'
    ? date.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })
    : date.toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'long', year: 'numeric' });
}

export async function certificatePdf(record: CertificateRecord, lang: PdfLanguage, verifyUrl: string): Promise<Uint8Array> {
  const credential = JSON.parse(record.credentialJson) as { issuer?: { name?: string }; credentialSubject?: { achievement?: { version?: string } } };
  const w = words[lang];
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await fontBytes();
  const regular = await doc.embedFont(regularBytes, { subset: true });
  const bold = await doc.embedFont(boldBytes, { subset: true });
  doc.setTitle(`${w.title} ${record.number}`);
  doc.setLanguage(lang === 'vi' ? 'vi-VN' : 'en-GB');
  doc.setProducer('VocaXR');
  const page = doc.addPage(a4);

  page.drawRectangle({ x: 28, y: 28, width: a4[0] - 56, height: a4[1] - 56, borderColor: accent, borderWidth: 3 });
  page.drawRectangle({ x: 36, y: 36, width: a4[0] - 72, height: a4[1] - 72, borderColor: accent, borderWidth: 0.75 });
  centred(page, credential.issuer?.name ?? '', 740, bold, 16, accent);
  centred(page, w.title, 660, bold, 40, accent);
  centred(page, w.certifies, 600, regular, 14);
  centred(page, record.holderName, 560, bold, 28);
  centred(page, w.passed, 520, regular, 13);
  const version = credential.credentialSubject?.achievement?.version;
  centred(page, version ? `${record.achievement} (${lang === 'vi' ? 'phiên bản' : 'version'} ${version})` : record.achievement, 488, bold, 18, accent);

  centred(page, `${w.date}: ${printedDate(record.issuedAt, lang)}`, 420, regular, 12);
  centred(page, `${w.number}: ${record.number}`, 398, bold, 13);
  if (record.revocation) centred(page, w.revoked, 340, bold, 24, rgb(0.7, 0.1, 0.1));

  const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 360 });
  const image = await doc.embedPng(qr);
  const side = 150;
  page.drawImage(image, { x: (a4[0] - side) / 2, y: 150, width: side, height: side });
  centred(page, w.scan, 128, regular, 10);
  centred(page, verifyUrl, 112, regular, 9, accent);
  return doc.save();
}
