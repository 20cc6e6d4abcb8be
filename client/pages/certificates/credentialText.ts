// A credential pasted or uploaded on /verify, read before it is sent: valid JSON, an object that
// claims to be a verifiable credential, small enough for the server (1 MB). A problem names the
// line and column where the JSON breaks, so a person can find a truncated copy-paste. Pure.
import { jsonErrorOffset } from './jsonErrorOffset';

/** The server's JSON body limit (server/app.ts): larger never reaches /api/verify. */
export const maxCredentialBytes = 1_000_000;

export type CredentialJson = Record<string, unknown>;

export type CredentialTextProblem =
  | { problem: 'empty' }
  | { problem: 'tooLarge' }
  | { problem: 'notJson'; line?: number; column?: number }
  | { problem: 'notObject' }
  | { problem: 'notCredential' };

export type CredentialText = { ok: true; credential: CredentialJson } | ({ ok: false } & CredentialTextProblem);

/** Line and column (from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * Where JSON.parse gave up: V8 says "at position N" (and newer ones "line L column C" too);
 * "Unexpected end of JSON input" means the text stops early, so it points past the end.
 */
export function jsonErrorPlace(text: string, message: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  if (/end of (JSON|data)/i.test(message)) return lineAndColumn(text, text.length);
  return undefined;
}

function isCredential(value: CredentialJson): boolean {
  const type = value.type;
  const types = Array.isArray(type) ? type : [type];
  return types.includes('VerifiableCredential') && '@context' in value;
}

export function parseCredentialText(text: string): CredentialText {
  // A byte count, as the server counts it: Vietnamese letters take 2 to 3 bytes each.
  if (new TextEncoder().encode(text).length > maxCredentialBytes) return { ok: false, problem: 'tooLarge' };
  // A UTF-8 byte order mark, as some editors save files, is not part of the JSON.
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) return { ok: false, problem: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const offset = jsonErrorOffset(body);
    const place = offset !== undefined ? lineAndColumn(body, offset) : jsonErrorPlace(body, error instanceof Error ? error.message : String(error));
    return { ok: false, problem: 'notJson', ...place };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'notObject' };
  const credential = value as CredentialJson;
  return isCredential(credential) ? { ok: true, credential } : { ok: false, problem: 'notCredential' };
}
