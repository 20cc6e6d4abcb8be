// The issuer's key and identity: generated once into <data dir>/issuer-key.json (0600, never
// served, never in the database), kept across restarts, or given by VOCAXR_ISSUER_KEY; did:web
// with its DID document when VOCAXR_PUBLIC_URL is set, and such a credential verifies offline.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import type { VerifyResponse } from '../../../scenes/protocol/certificates';
import { certificateWorld, getJson, issue, postJson, type CertificateWorld } from './support';

describe('the issuer key kept in a file', () => {
  let world: CertificateWorld;
  let id: string;
  let secret: string;

  beforeAll(async () => {
    world = await certificateWorld();
    id = await issue(world);
    secret = (JSON.parse(readFileSync(join(world.server.dataDir, 'issuer-key.json'), 'utf8')) as { secretKeyMultibase: string }).secretKeyMultibase;
  });
  afterAll(async () => {
    await world?.server.dispose();
  });

  it('is a 0600 file beside the database, in a 0700 folder', () => {
    const file = join(world.server.dataDir, 'issuer-key.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(world.server.dataDir)).toEqual(expect.arrayContaining(['vocaxr.db', 'issuer-key.json']));
    expect(secret).toMatch(/^z[1-9A-HJ-NP-Za-km-z]{80,}$/);
  });

  it('never leaves the server: not in any answer, not in the database', async () => {
    const credential = await fetch(`${world.server.url}/api/certificates/${id}`).then((r) => r.text());
    const listUrl = (JSON.parse(credential) as { credentialStatus: { statusListCredential: string } }).credentialStatus.statusListCredential;
    const answers = await Promise.all(
      [`/api/certificates/${id}`, `/api/certificates/${id}/status`, new URL(listUrl).pathname, '/.well-known/did.json', `/api/learners/${world.userId.student1}/certificates`].map((path) =>
        fetch(`${world.server.url}${path}`, { headers: { Authorization: `Bearer ${world.token.admin1}` } }).then((r) => r.text()),
      ),
    );
    answers.push(JSON.stringify((await postJson(world, '/api/verify', JSON.parse(credential))).body));
    for (const answer of answers) expect(answer).not.toContain(secret);
    const db = new Database(join(world.server.dataDir, 'vocaxr.db'), { readonly: true });
    try {
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
      for (const table of tables) expect(JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all())).not.toContain(secret);
    } finally {
      db.close();
    }
  });

  it('serves no DID document for a did:key issuer', async () => {
    expect((await fetch(`${world.server.url}/.well-known/did.json`)).status).not.toBe(200);
  });
});

describe('an issuer with a public URL and a key from the environment', () => {
  let world: CertificateWorld;
  let secretKeyMultibase: string;
  let publicKeyMultibase: string;

  beforeAll(async () => {
    const pair = await Ed25519Multikey.generate();
    secretKeyMultibase = pair.secretKeyMultibase!;
    publicKeyMultibase = pair.publicKeyMultibase;
    world = await certificateWorld({ VOCAXR_PUBLIC_URL: 'https://vr.college.edu.vn', VOCAXR_ISSUER_KEY: secretKeyMultibase });
  });
  afterAll(async () => {
    await world?.server.dispose();
  });

  it('serves did:web\'s DID document with the key as its assertion method, and writes no key file', async () => {
    const response = await fetch(`${world.server.url}/.well-known/did.json`);
    expect(response.headers.get('content-type')).toMatch(/^application\/did\+json/);
    const document = await response.json();
    expect(document).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: 'did:web:vr.college.edu.vn',
      verificationMethod: [{ id: 'did:web:vr.college.edu.vn#key-1', type: 'Multikey', controller: 'did:web:vr.college.edu.vn', publicKeyMultibase }],
      assertionMethod: ['did:web:vr.college.edu.vn#key-1'],
      authentication: ['did:web:vr.college.edu.vn#key-1'],
    });
    expect(JSON.stringify(document)).not.toContain(secretKeyMultibase);
    expect(readdirSync(world.server.dataDir)).not.toContain('issuer-key.json');
  });

  it('issues as did:web with status lists on the public origin, and verifies it offline', async () => {
    const id = await issue(world, { origin: 'http://127.0.0.1:1' });
    const credential = (await getJson<{ issuer: { id: string }; credentialStatus: { statusListCredential: string }; proof: { verificationMethod: string } }>(world, `/api/certificates/${id}`)).body;
    expect(credential.issuer.id).toBe('did:web:vr.college.edu.vn');
    expect(credential.proof.verificationMethod).toBe('did:web:vr.college.edu.vn#key-1');
    expect(credential.credentialStatus.statusListCredential).toMatch(/^https:\/\/vr\.college\.edu\.vn\/api\/status-lists\/[0-9a-f-]{36}$/);
    const answer = (await postJson<VerifyResponse>(world, '/api/verify', credential)).body;
    expect(answer.checks.map((c) => [c.check, c.ok])).toEqual([['signature', true], ['issuer', true], ['revocation', true], ['expiry', true], ['log', true]]);
    expect(answer.verified).toBe(true);
  });
});
