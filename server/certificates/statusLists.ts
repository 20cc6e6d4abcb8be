// Each institution's revocation list: a BitstringStatusListCredential (vc-bitstring-status-list)
// signed by the institution and served at GET /api/status-lists/:listId. It is rebuilt from the
// certificates table and re-signed on every change, one re-sign at a time per list.
import { createCredential, createList } from '@digitalcredentials/vc-bitstring-status-list';
import type { DocumentLoader } from '@digitalcredentials/vc';
import type { Store } from '../storage/store';
import type { StatusListRecord } from '../storage/certificates';
import type { IssuerIdentity } from './issuerIdentity';
import { signCredential } from './signing';

/** 131,072 bits = 16 KB, the spec's minimum for herd privacy; gzip makes a sparse list tiny. */
export const defaultStatusListLength = 131_072;

export const statusListPath = (listId: string): string => `/api/status-lists/${listId}`;

export class StatusLists {
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly identity: IssuerIdentity,
    private readonly loader: () => DocumentLoader,
    private readonly now: () => number,
  ) {}

  /** The signed list credential as served, if the list is ours; re-signed if never signed. */
  async signed(listId: string): Promise<Record<string, unknown> | undefined> {
    const list = await this.store.certificates.getStatusList(listId);
    if (!list) return undefined;
    if (list.credentialJson) return JSON.parse(list.credentialJson) as Record<string, unknown>;
    return this.resign(list);
  }

  /** Rebuilds the list from the stored revocations and signs it; serialised per list. */
  resign(list: StatusListRecord): Promise<Record<string, unknown>> {
    const previous = this.chains.get(list.id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.signNow(list));
    this.chains.set(list.id, next);
    void next.finally(() => {
      if (this.chains.get(list.id) === next) this.chains.delete(list.id);
    }).catch(() => undefined);
    return next;
  }

  private async signNow(list: StatusListRecord): Promise<Record<string, unknown>> {
    const bits = await createList({ length: list.length });
    for (const index of await this.store.certificates.revokedIndexes(list.id)) bits.setStatus(index, true);
    const unsigned = await createCredential({ id: list.url, list: bits, statusPurpose: 'revocation' });
    const credential = { ...unsigned, issuer: this.identity.did, validFrom: new Date(this.now()).toISOString() };
    const signed = await signCredential(this.identity, credential, this.loader());
    await this.store.certificates.saveStatusListCredential(list.id, JSON.stringify(signed));
    return signed;
  }

  /** The list a URL names, when it is one of ours at exactly the URL its entries carry. */
  async byUrl(url: string): Promise<Record<string, unknown> | undefined> {
    const match = /\/api\/status-lists\/([^/?#]+)$/.exec(url);
    if (!match?.[1]) return undefined;
    const list = await this.store.certificates.getStatusList(decodeURIComponent(match[1]));
    if (!list || list.url !== url) return undefined;
    return this.signed(list.id);
  }
}
