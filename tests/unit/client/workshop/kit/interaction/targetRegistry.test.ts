import { describe, expect, it } from 'vitest';
import { BoxGeometry, Group, Mesh, PerspectiveCamera } from 'three';
import { createTargetRegistry, projectToPage, targetsTestState } from '../../../../../../client/workshop/kit/interaction/targetRegistry';

function cameraAt(z: number): PerspectiveCamera {
  const camera = new PerspectiveCamera(60, 2, 0.01, 50);
  camera.position.set(0, 0, z);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  return camera;
}

const rect = { left: 10, top: 20, width: 800, height: 400 };

describe('projectToPage', () => {
  it('puts the point looked at in the canvas centre, offset by the canvas position', () => {
    expect(projectToPage([0, 0, 0], cameraAt(2), rect)).toEqual([410, 220]);
  });

  it('moves right and up on the page as the point moves right and up in the world', () => {
    const [x, y] = projectToPage([0.2, 0.2, 0], cameraAt(2), rect) ?? [0, 0];
    expect(x).toBeGreaterThan(410);
    expect(y).toBeLessThan(220);
  });

  it('is null behind the camera or off the canvas', () => {
    expect(projectToPage([0, 0, 3], cameraAt(2), rect)).toBeNull();
    expect(projectToPage([10, 0, 0], cameraAt(2), rect)).toBeNull();
  });
});

describe('target registry', () => {
  it('publishes each mounted target’s bounds centre, page point and enabled flag', () => {
    const registry = createTargetRegistry();
    const root = new Group();
    const breaker = new Group();
    breaker.position.set(0.1, 0, 0);
    breaker.add(new Mesh(new BoxGeometry(0.02, 0.04, 0.02)));
    root.add(breaker);
    const hidden = new Group();
    hidden.visible = false;
    const lock = new Group();
    lock.add(new Mesh(new BoxGeometry(0.02, 0.02, 0.02)));
    hidden.add(lock);
    root.add(hidden);
    registry.register('breaker:C3', { object: breaker, enabled: true, accepts: ['padlock'] });
    registry.register('lock:C3', { object: lock, enabled: true, accepts: [] });
    const state = targetsTestState(registry, cameraAt(2), rect);
    expect(state['breaker:C3']?.world).toEqual([0.1, 0, 0]);
    expect(state['breaker:C3']?.enabled).toBe(true);
    expect(state['breaker:C3']?.screen?.[0]).toBeGreaterThan(410);
    // Inside a hidden group: listed, but not on screen and not pressable.
    expect(state['lock:C3']).toMatchObject({ screen: null, enabled: false });
  });

  it('forgets a target when it unregisters, but not a newer entry under the same id', () => {
    const registry = createTargetRegistry();
    const first = registry.register('tester', { object: new Group(), enabled: true, accepts: [] });
    const second = { object: new Group(), enabled: false, accepts: [] };
    registry.register('tester', second);
    first();
    expect(registry.entries.get('tester')).toBe(second);
  });
});
