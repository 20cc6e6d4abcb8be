// Follows one attempt over the page's /proctor link: the log so far from `proctor:spectate`, then
// the batches of `proctor:events`, into a live log the scene's view replays at its newest event.
// Unspectates when the page goes. A batch that does not continue the log asks for it again.
import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../scenes/protocol/errors';
import type { AttemptEvent } from '../../../scenes/rubric/events';
import { createLiveLog, type LiveLog } from './liveLog';
import type { ProctorLink } from './proctorLink';

export type Spectating = { state: 'loading' } | { state: 'refused'; code: ErrorCode | 'network' } | { state: 'live'; log: LiveLog };

export function useSpectate(link: ProctorLink | null, sessionId: string): Spectating {
  const [spectating, setSpectating] = useState<Spectating>({ state: 'loading' });
  useEffect(() => {
    if (!link) return;
    let log: LiveLog | null = null;
    // Batches pushed before the first answer arrives: applied after it (the log drops what it holds).
    const early: AttemptEvent[] = [];
    return link.spectate(sessionId, {
      events(events, fromStart) {
        if (!log) {
          if (!fromStart) return void early.push(...events);
          log = createLiveLog(events);
          if (early.length > 0 && !log.append(early)) link.resync(sessionId);
          setSpectating({ state: 'live', log });
          return;
        }
        // A log that no longer continues (the server's answer after a reconnect has more than a
        // missed batch): start a new view of it rather than skip events.
        if (!log.append(events)) {
          if (fromStart) {
            log = createLiveLog(events);
            setSpectating({ state: 'live', log });
          } else link.resync(sessionId);
        }
      },
      refused(code) {
        setSpectating({ state: 'refused', code });
      },
    });
  }, [link, sessionId]);
  return spectating;
}
