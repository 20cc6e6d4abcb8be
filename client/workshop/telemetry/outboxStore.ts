// Keeps the outbox and the attempt it belongs to across reloads and tab crashes: IndexedDB
// for the events (written in batches, not per event), localStorage for the small attempt record.
import type { AttemptEvent } from '../../../scenes/rubric/events';

export interface KeptAttempt {
  sessionId: string;
  sceneId: string;
  mode: 'practice' | 'exam';
  params: Record<string, unknown>;
  /** Local epoch ms when the attempt started: t = now - this. */
  startEpochMs: number;
  userId: string;
}

type AttemptMode = KeptAttempt['mode'];
/** One slot per learner, scene and mode: an exam start never overwrites a practice attempt the server still offers to continue. */
const attemptKey = (userId: string, sceneId: string, mode: AttemptMode) => `vocaxr.attempt.${userId}.${sceneId}${mode === 'exam' ? '.exam' : ''}`;

export function keepAttempt(attempt: KeptAttempt): void {
  localStorage.setItem(attemptKey(attempt.userId, attempt.sceneId, attempt.mode), JSON.stringify(attempt));
}

export function keptAttempt(userId: string, sceneId: string, mode: AttemptMode = 'practice'): KeptAttempt | undefined {
  try {
    const raw = localStorage.getItem(attemptKey(userId, sceneId, mode));
    const kept = raw ? (JSON.parse(raw) as KeptAttempt) : undefined;
    return kept?.mode === mode ? kept : undefined;
  } catch {
    return undefined;
  }
}

export function forgetAttempt(userId: string, sceneId: string, mode: AttemptMode = 'practice'): void {
  localStorage.removeItem(attemptKey(userId, sceneId, mode));
}

const dbName = 'vocaxr-outbox';
const storeName = 'events';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: ['sessionId', 'seq'] });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });

/** The outbox's persistent half, one IndexedDB transaction per call. */
export class OutboxStore {
  private db: Promise<IDBDatabase> | undefined;

  private open(): Promise<IDBDatabase> {
    this.db ??= openDb();
    return this.db;
  }

  async append(sessionId: string, events: readonly AttemptEvent[]): Promise<void> {
    if (events.length === 0) return;
    const tx = (await this.open()).transaction(storeName, 'readwrite');
    const store = tx.objectStore(storeName);
    for (const e of events) store.put({ sessionId, ...e });
    await done(tx);
  }

  async dropThrough(sessionId: string, seq: number): Promise<void> {
    const tx = (await this.open()).transaction(storeName, 'readwrite');
    tx.objectStore(storeName).delete(IDBKeyRange.bound([sessionId, 0], [sessionId, seq]));
    await done(tx);
  }

  async load(sessionId: string): Promise<AttemptEvent[]> {
    const tx = (await this.open()).transaction(storeName, 'readonly');
    const request = tx.objectStore(storeName).getAll(IDBKeyRange.bound([sessionId, 0], [sessionId, Number.MAX_SAFE_INTEGER]));
    await done(tx);
    return (request.result as (AttemptEvent & { sessionId: string })[]).map(({ seq, t, type, data }) => ({ seq, t, type, data }));
  }
}
