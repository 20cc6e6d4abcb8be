// What the ingest path tells the live views (the /proctor namespace, docs/protocol.md §6) about
// attempts: one small interface, called synchronously at the moment a change is made, so a
// publisher sees changes in the order they happened. With nobody watching it must cost ~nothing.
import type { Logger } from 'pino';
import type { AttemptEvent } from '../../scenes/rubric/events';
import type { SessionRecord } from '../storage/store';
import type { LiveSession } from './liveSession';

export interface AttemptPublisher {
  /** A batch was committed: `events` just entered the contiguous log (ackedSeq moved to their last seq). */
  committed(session: LiveSession, events: readonly AttemptEvent[]): void;
  /** An attempt started or ended, or a socket of its learner came to hold it or let go of it. */
  changed(record: SessionRecord): void;
}

/** The publisher of a server with no live views. */
export const quietPublisher: AttemptPublisher = {
  committed: () => {},
  changed: () => {},
};

/** A live view's failure is logged, never thrown into the ingest path: the batch is stored and acked all the same. */
export function guardedPublisher(publisher: AttemptPublisher, logger: Logger): AttemptPublisher {
  return {
    committed(session, events) {
      try {
        publisher.committed(session, events);
      } catch (error) {
        logger.error({ err: error, sessionId: session.record.id }, 'a live view failed on a committed batch');
      }
    },
    changed(record) {
      try {
        publisher.changed(record);
      } catch (error) {
        logger.error({ err: error, sessionId: record.id }, 'a live view failed on a changed attempt');
      }
    },
  };
}
