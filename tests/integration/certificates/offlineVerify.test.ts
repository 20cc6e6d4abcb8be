// An issued certificate verifies with the Digital Credentials Consortium's libraries alone, offline:
// the credential JSON and the served status list are loaded into the stock security-document-loader
// (bundled contexts, did:key, remote fetching off) while every network call throws and is counted.
import http from 'node:http';
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as vc from '@digitalcredentials/vc';
import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import { securityLoader } from '@digitalcredentials/security-document-loader';
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list';
import type { VerifyResponse } from '../../../scenes/protocol/certificates';
import { signCredential } from '../../../server/certificates/signing';
import { certificateWorld, getJson, issue, postJson, type CertificateWorld } from './support';

// Credentials are walked and changed freely here, field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('a certificate verified with the libraries alone', () => {
  let world: CertificateWorld;
  let credential: Json;
  let statusList: Json;
  const attempted: string[] = [];

  /** Every network path a library could take, made to throw; what was tried is recorded. */
  async function offline<T>(run: () => Promise<T>): Promise<T> {
    const saved = { fetch: globalThis.fetch, httpRequest: http.request, httpGet: http.get, httpsRequest: https.request, httpsGet: https.get };
    const refuse = (what: string) => (...args: unknown[]) => {
      const target = args[0] instanceof Request ? args[0].url : String(args[0]);
      attempted.push(`${what} ${target}`);
      throw new Error(`network access in an offline test: ${what} ${target}`);
    };
    globalThis.fetch = refuse('fetch') as typeof fetch;
    Object.assign(http, { request: refuse('http.request'), get: refuse('http.get') });
    Object.assign(https, { request: refuse('https.request'), get: refuse('https.get') });
    try {
      return await run();
    } finally {
      globalThis.fetch = saved.fetch;
      Object.assign(http, { request: saved.httpRequest, get: saved.httpGet });
      Object.assign(https, { request: saved.httpsRequest, get: saved.httpsGet });
    }
  }

  /** The stock loader with only the served status list added: no server code involved. */
  function libraryLoader(list: Json = statusList) {
    const loader = securityLoader({ fetchRemoteContexts: false });
    loader.addStatic(credential.credentialStatus.statusListCredential, list);
    return loader.build();
  }

  const verify = (candidate: Json, list?: Json) =>
    offline(() =>
      vc.verifyCredential({ credential: candidate, suite: new DataIntegrityProof({ cryptosuite }), documentLoader: libraryLoader(list), checkStatus }),
    );

  beforeAll(async () => {
    world = await certificateWorld();
    const id = await issue(world);
    credential = (await getJson<Json>(world, `/api/certificates/${id}`)).body;
    statusList = (await getJson<Json>(world, new URL(credential.credentialStatus.statusListCredential).pathname)).body;
  });
  afterAll(async () => {
    await world?.server.dispose();
  });

  it('is the OpenBadgeCredential of PROTOCOL §8', () => {
    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: expect.stringMatching(/^did:key:z6Mk/), type: ['Profile'], name: world.input.institution.name },
      validFrom: world.input.signedOffAt,
      credentialSubject: {
        type: ['AchievementSubject'],
        name: 'Nguyễn Văn An',
        licenseNumber: expect.stringMatching(/^VX-\d{4}-\d{6}$/),
        achievement: { type: ['Achievement'], name: world.input.standard.name, version: '1', criteria: { narrative: world.input.standard.criteriaNarrative } },
      },
      evidence: [{ id: `urn:vocaxr:session:${world.sessionId}`, narrative: `sha256:${world.input.sealedHead}` }],
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '0', statusListCredential: `${world.server.url}/api/status-lists/${statusList.id.split('/').pop()}` },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' },
    });
    expect(statusList).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'], issuer: credential.issuer.id, credentialSubject: { statusPurpose: 'revocation' } });
  });

  it('verifies offline, status included, and tried no network', async () => {
    const result = await verify(credential);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(result.log).toEqual(expect.arrayContaining([{ id: 'valid_signature', valid: true }, { id: 'revocation_status', valid: true }]));
    expect(attempted).toEqual([]);
  });

  // The harness itself: the stock loader resolving a foreign did:web goes to the network (its
  // HTTP client retries), and every try is caught and counted.
  it('would notice a network access: the stock loader asked for a did:web is caught and counted', async () => {
    const foreign = { ...credential, issuer: { ...credential.issuer, id: 'did:web:example.edu' }, proof: { ...credential.proof, verificationMethod: 'did:web:example.edu#key-1' } };
    const result = await verify(foreign);
    expect(result.verified).toBe(false);
    expect(attempted.some((a) => a.includes('example.edu'))).toBe(true);
    attempted.length = 0;
  });

  const tamperings: [string, (c: Json) => void][] = [
    ['the holder\'s name', (c) => (c.credentialSubject.name = 'Nguyễn Văn Ân')],
    ['the certificate number', (c) => (c.credentialSubject.licenseNumber = 'VX-2026-999999')],
    ['the issuer\'s name', (c) => (c.issuer.name = 'Another college')],
    ['validFrom', (c) => (c.validFrom = '2020-01-01T00:00:00.000Z')],
    ['the achievement\'s name', (c) => (c.credentialSubject.achievement.name = 'Hàn ống')],
    ['the criteria narrative', (c) => (c.credentialSubject.achievement.criteria.narrative += '.')],
    ['the sealed log head', (c) => (c.evidence[0].narrative = `sha256:${'0'.repeat(64)}`)],
    ['the status list index', (c) => (c.credentialStatus.statusListIndex = '1')],
    ['an added field', (c) => (c.description = 'changed')],
    ['the proof value', (c) => (c.proof.proofValue = `${c.proof.proofValue.slice(0, -2)}${c.proof.proofValue.endsWith('a') ? 'bb' : 'aa'}`)],
    ['the proof\'s created time', (c) => (c.proof.created = '2020-01-01T00:00:00Z')],
  ];
  it.each(tamperings)('fails once %s is changed', async (_what, change) => {
    const changed = structuredClone(credential);
    change(changed);
    const result = await verify(changed);
    expect(result.verified).toBe(false);
    expect(attempted).toEqual([]);
  });

  it('runs JSON-LD in safe mode: a term outside the contexts cannot be signed', async () => {
    const { identity, documentLoader } = world.server.server.certificates;
    const { proof: _proof, ...unsigned } = credential;
    await expect(signCredential(identity, unsigned, documentLoader)).resolves.toMatchObject({ proof: { cryptosuite: 'eddsa-rdfc-2022' } });
    const undefinedTerm = { ...unsigned, credentialSubject: { ...unsigned.credentialSubject, vocaxrFinal: 82.5 } };
    await expect(signCredential(identity, undefinedTerm, documentLoader)).rejects.toThrow(/safe mode|invalid property|dropped/i);
  });

  it('reports revoked once an admin revokes: the library against the served list, and /api/verify', async () => {
    const id = credential.id.replace('urn:uuid:', '');
    const before = await postJson<VerifyResponse>(world, '/api/verify', credential);
    expect(before.body).toMatchObject({ verified: true, revoked: false, holder: 'Nguyễn Văn An' });
    expect(before.body.checks.map((c) => [c.check, c.ok])).toEqual([['signature', true], ['issuer', true], ['revocation', true], ['expiry', true], ['log', true]]);

    const revoked = await postJson(world, `/api/certificates/${id}/revoke`, { reason: 'Cấp nhầm người' }, world.token.admin1);
    expect(revoked).toEqual({ status: 200, body: { revoked: true } });
    const newList = (await getJson<Json>(world, new URL(credential.credentialStatus.statusListCredential).pathname)).body;
    expect(newList.proof.proofValue).not.toBe(statusList.proof.proofValue);

    const result = await verify(credential, newList);
    expect(result.verified).toBe(false);
    expect(result.log).toEqual(expect.arrayContaining([{ id: 'valid_signature', valid: true }, { id: 'revocation_status', valid: false }]));
    const after = await postJson<VerifyResponse>(world, '/api/verify', credential);
    expect(after.body).toMatchObject({ verified: false, revoked: true });
    expect(after.body.checks.find((c) => c.check === 'revocation')).toMatchObject({ ok: false, message: expect.stringMatching(/^Revoked/) });
    expect((await getJson(world, `/api/certificates/${id}/status`)).body).toEqual({ id, revoked: true, reason: 'Cấp nhầm người' });
    expect(attempted).toEqual([]);
  });
});
