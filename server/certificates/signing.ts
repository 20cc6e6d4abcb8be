// Signing with the institution's key: Data Integrity `eddsa-rdfc-2022` through @digitalcredentials/vc.
import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalcredentials/vc';
import type { DocumentLoader } from '@digitalcredentials/vc';
import type { IssuerIdentity } from './issuerIdentity';

export async function signCredential(identity: IssuerIdentity, credential: Record<string, unknown>, documentLoader: DocumentLoader): Promise<Record<string, unknown>> {
  const keyPair = await identity.keyPair();
  // A suite per credential: it records the proof's `created` time when constructed.
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
  return vc.issue({ credential: structuredClone(credential), suite, documentLoader });
}

/** A verifying suite (no signer): the key comes from the proof's verification method. */
export const verifyingSuite = (): DataIntegrityProof => new DataIntegrityProof({ cryptosuite });
