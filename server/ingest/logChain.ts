// The hash chain over a session's event log (PROTOCOL §9): h0 = SHA-256(sessionId),
// hn = SHA-256(h(n-1) ‖ line n), each line exactly as GET /api/sessions/:id/events serves it.
import { createHash } from 'node:crypto';

/** An incremental chain: feed the NDJSON runs in seq order, read the head as hex. */
export class LogChain {
  private head: Buffer;

  constructor(sessionId: string) {
    this.head = createHash('sha256').update(sessionId, 'utf8').digest();
  }

  /** Adds one event's line (without its trailing newline). */
  addLine(line: string): void {
    this.head = createHash('sha256').update(this.head).update(line, 'utf8').digest();
  }

  /** Adds every line of a run of NDJSON lines, each ending in a newline. */
  addRun(lines: string): void {
    for (const line of lines.split('\n')) if (line !== '') this.addLine(line);
  }

  get hex(): string {
    return this.head.toString('hex');
  }
}
