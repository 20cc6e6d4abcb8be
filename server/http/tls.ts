// TLS_CERT / TLS_KEY: read the PEM files and check they make a usable pair before listening,
// so a wrong path or a mismatched key stops the start with a sentence, not a stack.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSecureContext } from 'node:tls';

export interface TlsFiles {
  certFile: string;
  keyFile: string;
}

export interface TlsCredentials {
  cert: Buffer;
  key: Buffer;
}

export class TlsLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TlsLoadError';
  }
}

function readPem(variable: string, file: string): Buffer {
  const path = resolve(file);
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new TlsLoadError(`${variable}: cannot read ${path} (${reason}); give the path of a readable PEM file`, { cause: error });
  }
}

export function loadTlsCredentials({ certFile, keyFile }: TlsFiles): TlsCredentials {
  const credentials = { cert: readPem('TLS_CERT', certFile), key: readPem('TLS_KEY', keyFile) };
  try {
    createSecureContext(credentials);
  } catch (error) {
    throw new TlsLoadError(
      `TLS_CERT/TLS_KEY: ${resolve(certFile)} and ${resolve(keyFile)} are not a PEM certificate and its private key (${(error as Error).message})`,
      { cause: error },
    );
  }
  return credentials;
}
