// Which /training sockets hold which sessions, in this server process. A session with a bound
// socket is never idle, however long its learner pauses; the idle clock starts when the last
// socket lets go of it (docs/api.md, "Attempts left behind").
export class SocketPresence {
  private readonly socketsOf = new Map<string, Set<string>>();
  private readonly sessionsOf = new Map<string, Set<string>>();

  /** `socketId` works on `sessionId` (it started, resumed or sent events for it); true when no socket held it before. */
  bind(socketId: string, sessionId: string): boolean {
    let sockets = this.socketsOf.get(sessionId);
    const newlyHeld = !sockets;
    if (!sockets) this.socketsOf.set(sessionId, (sockets = new Set()));
    sockets.add(socketId);
    let sessions = this.sessionsOf.get(socketId);
    if (!sessions) this.sessionsOf.set(socketId, (sessions = new Set()));
    sessions.add(sessionId);
    return newlyHeld;
  }

  /** The socket is gone; returns the sessions that no socket holds any more. */
  release(socketId: string): string[] {
    const sessions = this.sessionsOf.get(socketId);
    this.sessionsOf.delete(socketId);
    const orphaned: string[] = [];
    for (const sessionId of sessions ?? []) {
      const sockets = this.socketsOf.get(sessionId);
      sockets?.delete(socketId);
      if (!sockets || sockets.size === 0) {
        this.socketsOf.delete(sessionId);
        orphaned.push(sessionId);
      }
    }
    return orphaned;
  }

  held(sessionId: string): boolean {
    return this.socketsOf.has(sessionId);
  }
}
