// A live view that throws never fails the ingest path (server/ingest/attemptPublisher.ts): the
// error is logged and the call returns.
import { describe, expect, it } from 'vitest';
import { guardedPublisher } from '../../../../server/ingest/attemptPublisher';
import type { LiveSession } from '../../../../server/ingest/liveSession';
import type { SessionRecord } from '../../../../server/storage/store';
import { createLogger } from '../../../../server/logger';

describe('guardedPublisher', () => {
  it('logs a failing publisher instead of throwing', () => {
    const logged: string[] = [];
    const logger = createLogger('silent');
    logger.error = ((_: unknown, message: string) => void logged.push(message)) as typeof logger.error;
    const failing = guardedPublisher(
      {
        committed: () => {
          throw new Error('boom');
        },
        changed: () => {
          throw new Error('boom');
        },
      },
      logger,
    );
    const record = { id: 's1' } as SessionRecord;
    expect(() => failing.committed({ record } as LiveSession, [])).not.toThrow();
    expect(() => failing.changed(record)).not.toThrow();
    expect(logged).toEqual(['a live view failed on a committed batch', 'a live view failed on a changed attempt']);
  });
});
