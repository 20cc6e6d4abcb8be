// Which input a pointer event came from: the page's mouse/touch (R3F's own events), or an XR
// pointer of @react-three/xr (controller ray or grab sphere, hand poke or pinch), and which side.
import type { ToolHolder } from './holdState';

export interface PressSource {
  xr: boolean;
  /** mouse for the page's pointer; the controller's or hand's side in XR */
  holder: ToolHolder;
  /** ray, grab, touch (a hand's poke) in XR; mouse, touch or pen on a page */
  pointerType: string;
}

interface MaybeXREvent {
  pointerType?: string;
  pointerState?: { inputSource?: { handedness?: string } };
  nativeEvent?: unknown;
}

export function pressSource(event: unknown): PressSource {
  const e = event as MaybeXREvent;
  const handedness = e.pointerState?.inputSource?.handedness;
  if (handedness !== undefined) {
    return { xr: true, holder: handedness === 'left' ? 'left' : 'right', pointerType: e.pointerType ?? 'ray' };
  }
  return { xr: false, holder: 'mouse', pointerType: e.pointerType ?? 'mouse' };
}
