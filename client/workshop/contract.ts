// The seam between the workshop page (session, telemetry outbox, finish) and the 3D workshop
// (runtime + a scene's view). Neither side reaches into the other beyond these types.

/** Where a scene's view sends its events; the page numbers them, stamps t, and delivers them. */
export interface TelemetrySink {
  /**
   * Appends one event of the attempt (`t` = ms since the attempt started, stamped here).
   * Cheap and allocation-light: called from useFrame at the scene's sample rate.
   */
  record(type: string, data: Record<string, unknown>): void;
}

export type WorkshopMode = 'practice' | 'exam';

/** What the page gives the 3D workshop for one attempt. */
export interface WorkshopSceneProps {
  sceneId: string;
  mode: WorkshopMode;
  /** The server-chosen parameters of this attempt (PROTOCOL.md §3). */
  params: Record<string, unknown>;
  telemetry: TelemetrySink;
  /** Called once when assets are loaded and the first frame rendered. */
  onReady?: () => void;
  /** The learner asked to finish from inside the headset (holding B or Y for a second). */
  onFinish?: () => void;
}
