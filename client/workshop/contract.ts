// The seam between the workshop page (session, telemetry outbox, finish) and the 3D workshop
// (runtime + a scene's view). Neither side reaches into the other beyond these types.

/** Where a scene's view sends its events; the page numbers them, stamps t, and delivers them. */
export interface TelemetrySink {
  /**
   * Appends one event of the attempt (`t` = ms since the attempt started, stamped here).
   * `atMs`: when it happened on the page's clock (performance.now() timebase: an input event's
   * timeStamp, an XR frame's time); now when left out. Samples are stamped with their input's
   * time, not the time a frame got round to them. Cheap and allocation-light: called from
   * useFrame at the scene's sample rate. Returns the event's `t` as stamped (what the server
   * will fold), or undefined when nothing was recorded (the log closed, a replay's silent sink):
   * a view that folds what it records locally uses that `t`, so its fold equals the server's.
   */
  record(type: string, data: Record<string, unknown>, atMs?: number): number | void;
}

export type WorkshopMode = 'practice' | 'exam';

/** Playback position of a replay: advanced by the canvas each frame while playing. */
export interface ReplayClock {
  /** ms since the attempt started, 0..durationMs */
  timeMs: number;
  playing: boolean;
  /** 0.5 to 4 */
  speed: number;
  readonly durationMs: number;
}

/** A stored attempt played back instead of live input (review): its log and the playback clock. */
export interface ReplaySource {
  /** the stored log, in seq order (docs/protocol.md §3 events) */
  readonly events: readonly { seq: number; t: number; type: string; data: Record<string, unknown> }[];
  readonly clock: ReplayClock;
}

/** What the page gives the 3D workshop for one attempt. */
export interface WorkshopSceneProps {
  sceneId: string;
  mode: WorkshopMode;
  /** The server-chosen parameters of this attempt (docs/protocol.md §3). */
  params: Record<string, unknown>;
  telemetry: TelemetrySink;
  /** Called once when assets are loaded and the first frame rendered. */
  onReady?: () => void;
  /** The learner asked to finish from inside the headset (holding B or Y for a second). */
  onFinish?: () => void;
  /**
   * Replay: the view shows the stored log at `clock.timeMs` instead of taking input, and sends
   * nothing. What it shows depends only on the log and the time (seeking back replays from 0).
   */
  replay?: ReplaySource;
}
