// Types for the Digital Credentials Consortium's libraries, which ship plain JavaScript: only
// what VocaXR calls, typed loosely (credentials are JSON-LD documents, `unknown` at the edges).
declare module '@digitalcredentials/ed25519-multikey' {
  export interface Ed25519MultikeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): { algorithm: string; id: string; sign(input: { data: Uint8Array }): Promise<Uint8Array> };
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, unknown>>;
  }
  export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519MultikeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519MultikeyPair>;
}

declare module '@digitalcredentials/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: string | Date });
  }
}

declare module '@digitalcredentials/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}

declare module '@digitalcredentials/vc' {
  export type DocumentLoader = (url: string) => Promise<{ contextUrl?: string | null; documentUrl?: string; document: unknown }>;
  export interface VerifyCredentialResult {
    verified: boolean;
    error?: Error & { errors?: Error[] };
    results?: { verified: boolean; error?: Error }[];
    log?: { id: string; valid: boolean }[];
    statusResult?: { verified: boolean; error?: Error; results?: { verified: boolean; credentialStatus: unknown }[] };
  }
  export function issue(options: { credential: Record<string, unknown>; suite: unknown; documentLoader: DocumentLoader; now?: string | Date }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: unknown;
    suite: unknown;
    documentLoader: DocumentLoader;
    checkStatus?: (options: unknown) => Promise<unknown>;
    now?: string | Date;
  }): Promise<VerifyCredentialResult>;
}

declare module '@digitalcredentials/security-document-loader' {
  import type { DocumentLoader } from '@digitalcredentials/vc';
  export function securityLoader(options?: { fetchRemoteContexts?: boolean }): { addStatic(url: string, document: unknown): void; build(): DocumentLoader };
}

declare module '@digitalcredentials/vc-bitstring-status-list' {
  export interface BitstringStatusList {
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
    encode(): Promise<string>;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
  export function createCredential(options: { id: string; list: BitstringStatusList; statusPurpose: string }): Promise<Record<string, unknown> & { credentialSubject: Record<string, unknown> }>;
  export function checkStatus(options: unknown): Promise<{ verified: boolean; error?: Error; results?: { verified: boolean }[] }>;
}
