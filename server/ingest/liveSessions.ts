// The active attempts held in memory, by session id: rebuilt from the stored log on demand (one
// load per id at a time, ended sessions never) and dropped once idle.
import { findScene } from '../../scenes/registry';
import type { SessionRecord, Store } from '../storage/store';
import { LiveSession } from './liveSession';
import { foldStoredLogInto, loadPendingEvents } from './storedLog';

export class LiveSessions {
  private readonly live = new Map<string, LiveSession>();
  private readonly loading = new Map<string, Promise<LiveSession | undefined>>();

  constructor(private readonly store: Store) {}

  get(sessionId: string): LiveSession | undefined {
    return this.live.get(sessionId);
  }

  add(session: LiveSession): void {
    this.live.set(session.record.id, session);
  }

  delete(sessionId: string): void {
    this.live.delete(sessionId);
  }

  /**
   * Rebuilds an ACTIVE live session from the store (after a restart or eviction) by folding its
   * stored log; one load per id at a time. Ended sessions are never rebuilt (their row holds all).
   */
  load(row: SessionRecord): Promise<LiveSession | undefined> {
    const sessionId = row.id;
    let loading = this.loading.get(sessionId);
    if (!loading) {
      loading = (async () => {
        const rules = row.status === 'active' ? findScene(row.sceneId) : undefined;
        if (!rules) return undefined;
        // Re-read inside the load: the row given may predate a batch another load committed.
        const record = (await this.store.attempts.getSession(sessionId)) ?? row;
        if (record.status !== 'active') return undefined;
        const scorer = rules.createScorer(rules.paramsSchema.parse(record.params));
        const lastAckedT = await foldStoredLogInto(this.store, record, record.ackedSeq, scorer);
        const session = new LiveSession(record, rules, scorer, lastAckedT);
        for (const p of await loadPendingEvents(this.store, record)) session.pending.set(p.event.seq, p);
        this.live.set(sessionId, session);
        return session;
      })().finally(() => this.loading.delete(sessionId));
      this.loading.set(sessionId, loading);
    }
    return loading;
  }

  /** Drops sessions with nothing queued and no activity since `cutoffMs`. */
  evictIdle(cutoffMs: number): void {
    for (const [id, session] of this.live) {
      if (!session.busy && session.lastActivityMs < cutoffMs) this.live.delete(id);
    }
  }
}
