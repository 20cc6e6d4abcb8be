// Critical errors raised while folding: each id is recorded once, at its first occurrence.
import type { CriticalError } from '../report';

export class CriticalLog {
  private readonly raised: CriticalError[] = [];
  private readonly raisedIds = new Set<string>();

  constructor(private readonly knownIds: ReadonlySet<string>) {}

  /** Records the error unless this id was raised before; later occurrences change nothing. */
  raise(id: string, t: number, message: string): void {
    if (this.raisedIds.has(id)) return;
    // An id missing from the rubric has no advice and no translation: a scene bug, caught early.
    if (!this.knownIds.has(id)) throw new Error(`critical error '${id}' is not in the rubric`);
    this.raisedIds.add(id);
    this.raised.push({ id, t, message });
  }

  has(id: string): boolean {
    return this.raisedIds.has(id);
  }

  /** The errors in the order they were raised (which is t order: events come in seq order). */
  list(): readonly CriticalError[] {
    return this.raised;
  }
}
