// Scores a log the way the server does while it arrives: in batches of the given sizes (even sizes
// through pushAll, odd ones event by event), asking for a report after each batch, which must
// change nothing. Property tests compare the last report with scoring the whole log at once.
import type { AttemptEvent } from '../../../../scenes/rubric/events';
import type { ScoreReport } from '../../../../scenes/rubric/report';
import type { SceneRules } from '../../../../scenes/types';

export function scoreLiveInBatches<Params>(rules: SceneRules<Params>, params: Params, events: readonly AttemptEvent[], batchSizes: readonly number[]): ScoreReport {
  const live = rules.createScorer(params);
  let next = 0;
  for (let batch = 0; next < events.length; batch += 1) {
    const size = batchSizes[batch % batchSizes.length]!;
    if (size % 2 === 0) live.pushAll(events.slice(next, next + size));
    else for (const event of events.slice(next, next + size)) live.push(event);
    next += size;
    live.report();
  }
  return live.report();
}
