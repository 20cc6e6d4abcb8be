// AR placement asks for a hit test source only where the session granted hit testing.
import { describe, expect, it } from 'vitest';
import { hitTestGranted } from '../../../../client/workshop/runtime/hitTest';

describe('hitTestGranted', () => {
  it('never in VR, even where the session would grant it', () => {
    expect(hitTestGranted('immersive-vr', ['local-floor', 'hit-test'])).toBe(false);
    expect(hitTestGranted('immersive-vr', undefined)).toBe(false);
    expect(hitTestGranted(null, undefined)).toBe(false);
  });

  it('in AR only when the session granted it (an emulated headset without a room does not)', () => {
    expect(hitTestGranted('immersive-ar', ['local-floor', 'hit-test', 'anchors'])).toBe(true);
    expect(hitTestGranted('immersive-ar', ['local-floor', 'anchors'])).toBe(false);
  });

  it('trusts an AR session of a browser that does not list its features', () => {
    expect(hitTestGranted('immersive-ar', undefined)).toBe(true);
  });
});
