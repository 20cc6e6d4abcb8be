// The shapes of the app's read-only test hook (`window.__vocaxr.read()`), as the browser tests
// and bench/client read them: `workshop` from the 3D workshop, `attempt` from the workshop page.

type ScreenPoint = [number, number];

export interface WorkshopState {
  ready: boolean;
  mode: 'desktop' | 'vr' | 'ar';
  presenting: boolean;
  /** AR: whether the bench stands on a real surface, the surface point under the reticle, the workshop origin. */
  placement: { placed: boolean; surface: number[] | null; origin: number[] };
  torch: { held: boolean; holder: string | null; p: number[]; d: number[]; arc: boolean; samples: number };
  torchRest: number[];
  ppe: { helmet: boolean; gloves: boolean };
  bead: { segments: number };
  renderer: { drawCalls: number; triangles: number };
  frame: { count: number; cpuMsAvg: number };
  /** CSS-pixel points to click or move to; helmet and gloves are null once worn. */
  screen: { seamStart: ScreenPoint; seamEnd: ScreenPoint; torch: ScreenPoint | null; helmet: ScreenPoint | null; gloves: ScreenPoint | null };
}

export interface AttemptState {
  phase: string;
  sessionId: string;
  resumed: boolean;
  status?: { connection: string; pending: number; ackedSeq: number; lastSeq: number };
  result?: { total: number; criteria: { id: string; score: number }[] };
  recorded?: number;
}
