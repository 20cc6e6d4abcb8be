// Who signs: the institution's DID and its one verification method. `did:web` of the public
// origin when VOCAXR_PUBLIC_URL is set (its DID document served at /.well-known/did.json),
// else `did:key` of the key, which any verifier resolves from the identifier alone.
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import type { IssuerKeyMaterial } from './issuerKey';

export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: { id: string; type: 'Multikey'; controller: string; publicKeyMultibase: string }[];
  assertionMethod: string[];
  authentication: string[];
}

export interface IssuerIdentity {
  did: string;
  method: 'web' | 'key';
  /** `<did>#key-1` (did:web) or `<did>#<public key>` (did:key). */
  verificationMethodId: string;
  publicKeyMultibase: string;
  /** Our own DID document, served (did:web) and read by our offline document loader. */
  didDocument: DidDocument;
  /** A fresh signer each call (the suite keeps no state between credentials). */
  keyPair(): Promise<Ed25519Multikey.Ed25519MultikeyPair>;
}

export const didContexts = ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'];

/** `did:web` of an origin: the host, a port encoded as `%3A` (did:web method, §3.1). */
export function didWebOf(origin: string): string {
  const url = new URL(origin);
  return `did:web:${url.hostname}${url.port ? `%3A${url.port}` : ''}`;
}

export function issuerIdentity(key: IssuerKeyMaterial, publicUrl: string | undefined): IssuerIdentity {
  const did = publicUrl ? didWebOf(publicUrl) : `did:key:${key.publicKeyMultibase}`;
  const verificationMethodId = publicUrl ? `${did}#key-1` : `${did}#${key.publicKeyMultibase}`;
  const didDocument: DidDocument = {
    '@context': didContexts,
    id: did,
    verificationMethod: [{ id: verificationMethodId, type: 'Multikey', controller: did, publicKeyMultibase: key.publicKeyMultibase }],
    assertionMethod: [verificationMethodId],
    authentication: [verificationMethodId],
  };
  let pair: Promise<Ed25519Multikey.Ed25519MultikeyPair> | undefined;
  return {
    did,
    method: publicUrl ? 'web' : 'key',
    verificationMethodId,
    publicKeyMultibase: key.publicKeyMultibase,
    didDocument,
    keyPair: () =>
      (pair ??= Ed25519Multikey.from({
        '@context': 'https://w3id.org/security/multikey/v1',
        type: 'Multikey',
        id: verificationMethodId,
        controller: did,
        publicKeyMultibase: key.publicKeyMultibase,
        secretKeyMultibase: key.secretKeyMultibase,
      })),
  };
}
