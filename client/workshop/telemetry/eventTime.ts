// The attempt's clock: an event's `t` is ms since the attempt started, on the wall clock, so it
// carries on across a reload (the start is kept as an epoch time). Input is stamped on the page's
// monotonic clock (event.timeStamp, performance.now(), XR frame times); this converts one to the
// other. The outbox keeps t from going backwards.

/**
 * `t` for an event that happened at `atMs` on the page's clock (performance.now() timebase, whose
 * zero is `timeOriginMs` on the wall clock), or now when `atMs` is not given. Never later than
 * now (the server refuses events ahead of its clock) and never before the attempt's start.
 */
export function attemptTime(atMs: number | undefined, timeOriginMs: number, startEpochMs: number, nowEpochMs: number): number {
  const now = nowEpochMs - startEpochMs;
  if (atMs === undefined || !Number.isFinite(atMs)) return Math.max(0, now);
  return Math.max(0, Math.min(now, timeOriginMs + atMs - startEpochMs));
}
