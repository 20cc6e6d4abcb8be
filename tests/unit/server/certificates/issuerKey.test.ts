import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import { IssuerKeyError, keyFromSecret, resolveIssuerKey, seedOfSecretKey } from '../../../../server/certificates/issuerKey';
import { decodeBase58btc } from '../../../../server/certificates/base58';
import { didWebOf, issuerIdentity } from '../../../../server/certificates/issuerIdentity';

describe('the issuer key', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('decodes base58btc with leading zeros and refuses other characters', () => {
    expect([...decodeBase58btc('1112')!]).toEqual([0, 0, 0, 1]);
    expect([...decodeBase58btc('5S')!]).toEqual([1, 1]);
    expect([...decodeBase58btc('5Q')!]).toEqual([255]);
    expect(decodeBase58btc('0OIl')).toBeUndefined();
  });

  it('rebuilds a generated key from its secret alone, and refuses a public key or a tampered secret', async () => {
    const pair = await Ed25519Multikey.generate();
    await expect(keyFromSecret(pair.secretKeyMultibase!, 'environment')).resolves.toMatchObject({ publicKeyMultibase: pair.publicKeyMultibase, source: 'environment' });
    expect(seedOfSecretKey(pair.publicKeyMultibase)).toBeUndefined();
    const other = await Ed25519Multikey.generate();
    // This key's seed with another key's public half.
    const seed = decodeBase58btc(pair.secretKeyMultibase!.slice(1))!.slice(0, 34);
    const otherPublic = decodeBase58btc(other.secretKeyMultibase!.slice(1))!.slice(34);
    const mixed = Uint8Array.from([...seed, ...otherPublic]);
    const { encodeBase58 } = await import('./base58encode');
    await expect(keyFromSecret(`z${encodeBase58(mixed)}`, 'environment')).rejects.toBeInstanceOf(IssuerKeyError);
  });

  it('is generated once into issuer-key.json (0600) and read back after', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vocaxr-key-'));
    folders.push(folder);
    const db = join(folder, 'data', 'vocaxr.db');
    const first = await resolveIssuerKey(undefined, db);
    expect(first).toMatchObject({ source: 'file', file: join(folder, 'data', 'issuer-key.json') });
    expect(statSync(first.file!).mode & 0o777).toBe(0o600);
    expect(statSync(join(folder, 'data')).mode & 0o777).toBe(0o700);
    expect((await resolveIssuerKey(undefined, db)).publicKeyMultibase).toBe(first.publicKeyMultibase);
    expect((await resolveIssuerKey(undefined, ':memory:')).source).toBe('memory');
  });

  it('names the issuer did:web of the public origin (port as %3A), else did:key', async () => {
    expect(didWebOf('https://vr.college.edu.vn')).toBe('did:web:vr.college.edu.vn');
    expect(didWebOf('http://localhost:8080')).toBe('did:web:localhost%3A8080');
    const key = await resolveIssuerKey(undefined, ':memory:');
    expect(issuerIdentity(key, undefined)).toMatchObject({ did: `did:key:${key.publicKeyMultibase}`, method: 'key', verificationMethodId: `did:key:${key.publicKeyMultibase}#${key.publicKeyMultibase}` });
    expect(JSON.stringify(issuerIdentity(key, 'https://vr.college.edu.vn').didDocument)).not.toContain(key.secretKeyMultibase);
  });
});
