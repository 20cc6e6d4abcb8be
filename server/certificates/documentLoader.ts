// The JSON-LD document loader every sign and verify uses: offline by construction. Contexts come
// from security-document-loader's bundled copies (remote fetching off), did:key is resolved from
// the identifier itself, our own did:web from our own DID document, our status lists from the
// database; anything else is refused with a message, never fetched.
import { securityLoader } from '@digitalcredentials/security-document-loader';
import type { DocumentLoader } from '@digitalcredentials/vc';
import type { IssuerIdentity } from './issuerIdentity';

export class OfflineDocumentError extends Error {
  constructor(readonly url: string, reason: string) {
    super(`${url} was not loaded: ${reason}`);
    this.name = 'OfflineDocumentError';
  }
}

/** A status list credential by its URL, when it is one of ours. */
export type LocalStatusLists = (url: string) => Promise<Record<string, unknown> | undefined>;

// One bundled-contexts loader per process: building it copies every context into a map.
let bundled: DocumentLoader | undefined;
const bundledContexts = (): DocumentLoader => (bundled ??= securityLoader({ fetchRemoteContexts: false }).build());

export function offlineDocumentLoader(identity: IssuerIdentity, statusLists?: LocalStatusLists): DocumentLoader {
  const ownDid = identity.didDocument;
  return async (url) => {
    if (url.startsWith('did:')) {
      const [did, fragment] = url.split('#');
      if (identity.method === 'web' && did === ownDid.id) {
        const document = fragment === undefined ? ownDid : ownDid.verificationMethod.find((vm) => vm.id === url);
        if (!document) throw new OfflineDocumentError(url, 'our DID document has no such verification method');
        return { contextUrl: null, documentUrl: url, document: fragment === undefined ? document : { '@context': ownDid['@context'][1], ...document } };
      }
      // did:key carries its public key in the identifier: the bundled driver resolves it locally.
      if (did?.startsWith('did:key:')) return bundledContexts()(url);
      throw new OfflineDocumentError(url, 'only did:key and this server\'s own did:web are resolved (no network lookups)');
    }
    if (statusLists && /^https?:\/\//.test(url)) {
      const list = await statusLists(url);
      if (list) return { contextUrl: null, documentUrl: url, document: list };
    }
    try {
      return await bundledContexts()(url);
    } catch {
      throw new OfflineDocumentError(url, 'it is neither a bundled context nor one of this server\'s documents, and remote fetching is off');
    }
  };
}
