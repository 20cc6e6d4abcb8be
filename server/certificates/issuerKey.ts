// The institution's Ed25519 signing key: given by VOCAXR_ISSUER_KEY, or generated once and kept in
// `<data dir>/issuer-key.json` (0600, folder 0700) beside the database file but never in it, so a
// database dump carries no key. Nothing here is ever served; only the public key leaves.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import { ensurePrivateFolder, keepPrivate, privateFileMode } from '../storage/privateFiles';
import { decodeBase58btc } from './base58';

/** The multicodec header of an Ed25519 secret key (0x1300 as varint). */
const secretKeyHeader = [0x80, 0x26];

export type IssuerKeySource = 'environment' | 'file' | 'memory';

export interface IssuerKeyMaterial {
  /** `z…` multibase (base58btc) secret key as ed25519-multikey exports it; seed + public key. */
  secretKeyMultibase: string;
  /** `z6Mk…` multibase public key. */
  publicKeyMultibase: string;
  source: IssuerKeySource;
  /** The key file, when the key is kept in one. */
  file?: string;
}

export class IssuerKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IssuerKeyError';
  }
}

/** The 32-byte seed of a multibase Ed25519 secret key, or undefined when it is not one. */
export function seedOfSecretKey(secretKeyMultibase: string): Uint8Array | undefined {
  if (!secretKeyMultibase.startsWith('z')) return undefined;
  const bytes = decodeBase58btc(secretKeyMultibase.slice(1));
  if (!bytes || bytes.length !== 66 || bytes[0] !== secretKeyHeader[0] || bytes[1] !== secretKeyHeader[1]) return undefined;
  return bytes.slice(2, 34);
}

/** Rebuilds the key pair from its secret, checking the secret's public half matches its seed. */
export async function keyFromSecret(secretKeyMultibase: string, source: IssuerKeySource, file?: string): Promise<IssuerKeyMaterial> {
  const seed = seedOfSecretKey(secretKeyMultibase.trim());
  if (!seed) throw new IssuerKeyError('not an Ed25519 multibase secret key (expected "z…" as ed25519-multikey exports it)');
  const pair = await Ed25519Multikey.generate({ seed });
  if (pair.secretKeyMultibase !== secretKeyMultibase.trim()) throw new IssuerKeyError('the secret key\'s public half does not match its seed');
  return { secretKeyMultibase: pair.secretKeyMultibase, publicKeyMultibase: pair.publicKeyMultibase, source, ...(file ? { file } : {}) };
}

/**
 * The configured key, or the one kept in `<dataDir>/issuer-key.json` (created on first start).
 * Without a data folder (in-memory database) a fresh key is used per process.
 */
export async function resolveIssuerKey(configured: string | undefined, databasePath: string | undefined): Promise<IssuerKeyMaterial> {
  if (configured) {
    try {
      return await keyFromSecret(configured, 'environment');
    } catch (error) {
      throw new IssuerKeyError(`VOCAXR_ISSUER_KEY: ${(error as Error).message}`);
    }
  }
  if (!databasePath || databasePath === ':memory:') {
    const pair = await Ed25519Multikey.generate();
    return { secretKeyMultibase: pair.secretKeyMultibase!, publicKeyMultibase: pair.publicKeyMultibase, source: 'memory' };
  }
  const file = issuerKeyFile(databasePath);
  if (existsSync(file)) {
    keepPrivate(file);
    let kept: { secretKeyMultibase?: unknown };
    try {
      kept = JSON.parse(readFileSync(file, 'utf8')) as { secretKeyMultibase?: unknown };
    } catch {
      throw new IssuerKeyError(`${file} is not JSON: restore it from a backup (certificates already issued verify only with that key)`);
    }
    if (typeof kept.secretKeyMultibase !== 'string') throw new IssuerKeyError(`${file} has no secretKeyMultibase`);
    return keyFromSecret(kept.secretKeyMultibase, 'file', file);
  }
  const pair = await Ed25519Multikey.generate();
  ensurePrivateFolder(dirname(file));
  // 'wx': never overwrite a key another process wrote a moment ago.
  writeFileSync(file, `${JSON.stringify({ type: 'Ed25519 Multikey', publicKeyMultibase: pair.publicKeyMultibase, secretKeyMultibase: pair.secretKeyMultibase }, null, 2)}\n`, {
    mode: privateFileMode,
    flag: 'wx',
  });
  keepPrivate(file);
  return { secretKeyMultibase: pair.secretKeyMultibase!, publicKeyMultibase: pair.publicKeyMultibase, source: 'file', file };
}

export const issuerKeyFile = (databasePath: string): string => join(dirname(resolve(databasePath)), 'issuer-key.json');
