// Controller models come from the app's own server: the shipped model for its profile, the
// generic one for others — never a CDN address.
import { describe, expect, it } from 'vitest';
import { BoxGeometry, Group, Mesh } from 'three';
import { chooseControllerModel, countGeometry, xrInputProfilesBase } from '../../../../client/workshop/runtime/controllerModels';
import { existsSync } from 'node:fs';

const base = xrInputProfilesBase('http://127.0.0.1:8080');

describe('chooseControllerModel', () => {
  it('serves the profiles under the app origin', () => {
    expect(base).toBe('http://127.0.0.1:8080/xr-input-profiles/');
  });

  it('draws a Quest 3 controller with its own model, whose buttons move', () => {
    expect(chooseControllerModel(`${base}meta-quest-touch-plus/right.glb`, 'right', base)).toEqual({ url: `${base}meta-quest-touch-plus/right.glb`, own: true });
  });

  it('draws a controller whose model is not shipped with the generic model of its hand', () => {
    expect(chooseControllerModel(`${base}pico-4/left.glb`, 'left', base)).toEqual({ url: `${base}generic-trigger-squeeze-thumbstick/left.glb`, own: false });
    expect(chooseControllerModel(`${base}valve-index/right.glb`, 'right', base).url).toBe(`${base}generic-trigger-squeeze-thumbstick/right.glb`);
    // A layout pointing anywhere else (another host, a CDN) is never fetched.
    expect(chooseControllerModel('https://cdn.jsdelivr.net/npm/@webxr-input-profiles/assets@1.0/dist/profiles/meta-quest-touch-plus/left.glb', 'left', base)).toEqual({
      url: `${base}generic-trigger-squeeze-thumbstick/left.glb`,
      own: false,
    });
  });

  it('every model it can choose is in assets/public', () => {
    for (const profile of ['meta-quest-touch-plus', 'generic-trigger-squeeze-thumbstick']) {
      for (const hand of ['left', 'right']) {
        const { url } = chooseControllerModel(`${base}${profile}/${hand}.glb`, hand, base);
        expect(existsSync(`assets/public/${url.slice('http://127.0.0.1:8080/'.length)}`), url).toBe(true);
      }
    }
  });
});

describe('countGeometry', () => {
  it('counts meshes and vertices under an object (a box has 24)', () => {
    const group = new Group();
    group.add(new Mesh(new BoxGeometry()));
    expect(countGeometry(group)).toEqual({ meshes: 1, vertices: 24 });
    expect(countGeometry(undefined)).toEqual({ meshes: 0, vertices: 0 });
  });
});
