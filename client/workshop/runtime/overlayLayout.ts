// How much of the screen the workshop's HTML (the page's bar, the scene's panels and, on touch
// screens, the help and the adjustment buttons) keeps for itself, so the camera fit can leave
// the bench in the free middle. Mirrors the .workshop-bar / .workshop-overlay rules in app.css.
import type { ScreenInsets } from './cameraFit';

/** Below this width (or, upright, below `compactPortraitWidthPx`) the page's bar spans the top and the panels sit under it. */
export const compactWidthPx = 640;
export const compactPortraitWidthPx = 860;

export function isCompactWorkshopLayout(widthPx: number, heightPx: number): boolean {
  return widthPx < compactWidthPx || (widthPx < compactPortraitWidthPx && heightPx >= widthPx);
}
/** Below this height (a phone held sideways) the help starts folded and sits beside the buttons. */
export const shortHeightPx = 500;

export function workshopOverlayInsets(widthPx: number, heightPx: number, coarsePointer: boolean): ScreenInsets {
  if (!(widthPx > 0) || !(heightPx > 0)) return { top: 0, bottom: 0, left: 0, right: 0 };
  // Bar (and under it, on a narrow screen, the PPE line and the folded cue panel).
  const topPx = isCompactWorkshopLayout(widthPx, heightPx) ? 150 : 48;
  // Touch: the adjustment buttons, and on a tall screen the open help above them. A mouse
  // screen keeps its help in the bottom-left corner, clear of the bench's middle.
  const bottomPx = !coarsePointer ? 0 : heightPx < shortHeightPx ? 90 : 300;
  // A finger's width at the sides, so nothing to tap sits on the screen's very edge.
  const sidePx = coarsePointer ? 16 : 0;
  const fraction = (px: number, of: number) => Math.min(0.45, px / of);
  return { top: fraction(topPx, heightPx), bottom: fraction(bottomPx, heightPx), left: fraction(sidePx, widthPx), right: fraction(sidePx, widthPx) };
}
