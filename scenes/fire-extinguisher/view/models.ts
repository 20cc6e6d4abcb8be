// The workshop's shapes, built in code as vertex-coloured merged geometry (kit shapes): one mesh
// per structure, so the room, the rack, four extinguishers, the call point and the fire's base
// stay a handful of draw calls. Extinguishers are modelled standing in their own frame (foot at
// the origin, handle up, +z = the label's face); the nozzle is its own small part.
import type { BufferGeometry } from 'three';
import { RingGeometry } from 'three';
import { colouredPart, mergeShapes, shapeBox, shapeCylinder, shapeFrustum, shapeSphere } from '../../../client/workshop/kit';
import type { Agent, FireClass } from '../events';
import { body, callPoint, distanceBand, exitDoor, fireCentre, rackPosition, room } from './layout';
import { agentLooks } from './agentLooks';

const floorGrey = '#7b7d7a';
const wall = '#cfcabd';
const steel = '#8d949a';
const dark = '#26292c';
const red = '#c4161c';

export interface FireModels {
  room: BufferGeometry;
  rack: BufferGeometry;
  extinguisher: Record<Agent, BufferGeometry>;
  nozzle: Record<Agent, BufferGeometry>;
  callPoint: BufferGeometry;
  callPointPost: BufferGeometry;
  floor: BufferGeometry;
  fireBase: BufferGeometry;
  band: BufferGeometry;
  marker: BufferGeometry;
}

export function buildRoom(): Pick<FireModels, 'room' | 'floor'> {
  const { minX, maxX, minZ, maxZ, height } = room;
  const w = maxX - minX;
  const d = maxZ - minZ;
  const cx = (minX + maxX) / 2;
  const cz = (minZ + maxZ) / 2;
  const [ex, ey, ez] = exitDoor.centre;
  return {
    // The floor on its own: the desktop's click-to-move and the headset's teleport land on it.
    floor: mergeShapes([shapeBox([w, 0.02, d], floorGrey, [cx, -0.01, cz])]),
    room: mergeShapes([
      // yellow safety lines along the walkways
      shapeBox([0.08, 0.004, d - 1], '#d8b400', [minX + 0.9, 0.002, cz]),
      shapeBox([0.08, 0.004, d - 1], '#d8b400', [maxX - 0.9, 0.002, cz]),
      shapeBox([w, height, 0.1], wall, [cx, height / 2, minZ - 0.05]),
      shapeBox([0.1, height, d], wall, [minX - 0.05, height / 2, cz]),
      shapeBox([0.1, height, d], wall, [maxX + 0.05, height / 2, cz]),
      // the back wall with the exit door in it (two pieces and a lintel around the door)
      shapeBox([(w - exitDoor.width) / 2, height, 0.1], wall, [minX + (w - exitDoor.width) / 4, height / 2, maxZ + 0.05]),
      shapeBox([(w - exitDoor.width) / 2, height, 0.1], wall, [maxX - (w - exitDoor.width) / 4, height / 2, maxZ + 0.05]),
      shapeBox([exitDoor.width, height - exitDoor.height, 0.1], wall, [ex, exitDoor.height + (height - exitDoor.height) / 2, maxZ + 0.05]),
      shapeBox([exitDoor.width - 0.04, exitDoor.height - 0.02, 0.04], '#3f6f4f', [ex, ey, ez + 0.05]),
      shapeBox([0.04, 0.2, 0.04], '#c9c9c9', [ex + 0.38, ey, ez]),
      // a workbench and a cabinet along the side walls: a workshop, not an empty box
      shapeBox([2.0, 0.05, 0.7], '#8a6a44', [maxX - 0.45, 0.88, -1.6], [0, Math.PI / 2, 0]),
      ...[-1, 1].flatMap((sx) => [-1, 1].map((sz) => shapeBox([0.05, 0.86, 0.05], steel, [maxX - 0.45 + sx * 0.3, 0.43, -1.6 + sz * 0.95]))),
      shapeBox([0.5, 1.9, 1.0], '#9aa7b3', [minX + 0.3, 0.95, -3.6]),
      shapeBox([0.6, 0.9, 0.6], '#a08a5c', [2.6, 0.45, -4.6]),
    ]),
  };
}

export function buildRack(): Pick<FireModels, 'rack'> {
  const [x, , z] = rackPosition;
  return {
    rack: mergeShapes([
      // a red stand: shelf, back board and a sign board above (the sign's text is a Label3D)
      shapeBox([1.5, 0.1, 0.34], red, [x, 0.05, z]),
      shapeBox([1.5, 1.25, 0.04], red, [x, 0.62, z - 0.17]),
      shapeBox([1.1, 0.24, 0.02], '#f1f1ee', [x, 1.12, z - 0.14]),
      ...[-0.72, 0.72].map((dx) => shapeBox([0.04, 0.04, 0.34], '#9b1015', [x + dx, 0.12, z])),
    ]),
  };
}

/** One extinguisher standing in its own frame: red body, its label band, the handle, gauge or horn. */
export function extinguisherGeometry(agent: Agent): BufferGeometry {
  const look = agentLooks[agent];
  const r = body.radius;
  const h = body.height;
  const parts = [
    shapeCylinder(r, h, red, [0, h / 2, 0], undefined, 16),
    shapeSphere(r * 0.98, red, [0, h, 0]),
    shapeCylinder(r * 1.02, 0.02, dark, [0, 0.01, 0], undefined, 16),
    // the label band around the body, in the agent's colour
    shapeCylinder(r * 1.015, h * 0.34, look.band, [0, h * 0.5, 0], undefined, 16),
    // valve, handle and lever
    shapeCylinder(0.022, 0.07, '#b0b4b8', [0, h + r * 0.9, 0]),
    shapeBox([0.03, 0.015, 0.14], dark, [0, h + r + 0.05, -0.05]),
    shapeBox([0.03, 0.012, 0.13], '#3a3d40', [0, h + r + 0.085, -0.045], [0.25, 0, 0]),
  ];
  if (agent === 'co2') {
    // no gauge; a thicker, taller cylinder neck
    parts.push(shapeCylinder(0.03, 0.04, '#9aa0a6', [0, h + r * 0.5, 0]));
  } else {
    // pressure gauge on the valve
    parts.push(shapeCylinder(0.022, 0.012, '#f4f4f4', [0.03, h + r + 0.02, 0.02], [0, 0, Math.PI / 2]));
  }
  // the hose, down the back
  parts.push(shapeCylinder(0.01, h * 0.8, dark, [0, h * 0.55, -r - 0.012]));
  return mergeShapes(parts);
}

/** The nozzle in its own frame: the tip at the origin, discharging along -z. */
export function nozzleGeometry(agent: Agent): BufferGeometry {
  if (agent === 'co2') {
    // the CO2 horn: a black cone widening towards the tip
    return mergeShapes([shapeFrustum(0.016, 0.06, 0.26, dark, [0, 0, 0.13], [-Math.PI / 2, 0, 0], 14), shapeCylinder(0.018, 0.1, '#555a5e', [0, 0, 0.31], [Math.PI / 2, 0, 0])]);
  }
  const tipColour = agent === 'foam' ? '#d8d2b8' : '#2a2d30';
  const length = agent === 'foam' ? 0.2 : 0.13;
  // the nozzle and the hand grip behind it
  return mergeShapes([shapeCylinder(0.016, length, tipColour, [0, 0, length / 2], [Math.PI / 2, 0, 0]), shapeCylinder(0.024, 0.08, '#9aa0a6', [0, 0, length + 0.04], [Math.PI / 2, 0, 0])]);
}

export function buildExtinguishers(): Pick<FireModels, 'extinguisher' | 'nozzle'> {
  const extinguisher = {} as Record<Agent, BufferGeometry>;
  const nozzle = {} as Record<Agent, BufferGeometry>;
  for (const agent of Object.keys(agentLooks) as Agent[]) {
    extinguisher[agent] = extinguisherGeometry(agent);
    nozzle[agent] = nozzleGeometry(agent);
  }
  return { extinguisher, nozzle };
}

/** The manual call point: a red box on a post by the learner's right, its glass window white. */
export function buildCallPoint(): Pick<FireModels, 'callPoint' | 'callPointPost'> {
  const [x, y, z] = callPoint;
  return {
    // the box itself, in its own frame (centred on the standard's call point), facing -x (the learner)
    callPoint: mergeShapes([
      shapeBox([0.06, 0.14, 0.14], '#d7191f', [0, 0, 0]),
      shapeBox([0.012, 0.085, 0.085], '#f3f3f3', [-0.034, 0, 0]),
      shapeBox([0.014, 0.03, 0.03], '#d7191f', [-0.04, 0, 0]),
    ]),
    callPointPost: mergeShapes([
      shapeCylinder(0.03, y + 0.4, steel, [x + 0.04, (y + 0.4) / 2, z]),
      shapeCylinder(0.15, 0.03, steel, [x + 0.02, 0.015, z], undefined, 16),
      // the bell above it
      shapeSphere(0.07, '#d7191f', [x + 0.0, y + 0.45, z]),
    ]),
  };
}

/** What burns, on the standard's base disc: A wood and paper, B a tray of liquid, electrical a live panel. */
export function buildFireBase(fireClass: FireClass): Pick<FireModels, 'fireBase'> {
  const [cx, , cz] = fireCentre;
  const parts: BufferGeometry[] = [
    // a scorched floor patch marks the base disc
    colouredPart(new RingGeometry(0, 0.42, 24).rotateX(-Math.PI / 2), '#2b2622', [cx, 0.003, cz]),
  ];
  if (fireClass === 'A') {
    // a pallet, planks and cardboard boxes
    parts.push(shapeBox([0.7, 0.06, 0.6], '#8b6a3e', [cx, 0.05, cz]));
    for (const dx of [-0.25, 0, 0.25]) parts.push(shapeBox([0.08, 0.04, 0.6], '#6e5230', [cx + dx, 0.1, cz]));
    parts.push(shapeBox([0.6, 0.04, 0.08], '#a47c48', [cx - 0.02, 0.15, cz - 0.12], [0, 0.4, 0.05]));
    parts.push(shapeBox([0.55, 0.04, 0.08], '#9a7040', [cx + 0.04, 0.19, cz + 0.1], [0, -0.5, -0.06]));
    parts.push(shapeBox([0.22, 0.16, 0.2], '#b88e5a', [cx - 0.15, 0.2, cz + 0.15], [0, 0.3, 0]));
    parts.push(shapeBox([0.18, 0.12, 0.24], '#c9a571', [cx + 0.18, 0.18, cz - 0.15], [0, -0.2, 0.1]));
    parts.push(shapeBox([0.3, 0.01, 0.22], '#eee8d8', [cx + 0.05, 0.125, cz + 0.05], [0, 0.7, 0]));
  } else if (fireClass === 'B') {
    // a shallow steel tray, its liquid surface dark, a tipped-over fuel can beside it
    parts.push(shapeCylinder(0.4, 0.02, '#5b6066', [cx, 0.01, cz], undefined, 24));
    parts.push(colouredPart(new RingGeometry(0.38, 0.4, 24, 1).rotateX(-Math.PI / 2), '#5b6066', [cx, 0.08, cz]));
    parts.push(shapeCylinder(0.4, 0.08, '#6b7076', [cx, 0.04, cz], undefined, 24));
    parts.push(shapeCylinder(0.375, 0.005, '#1c1a16', [cx, 0.065, cz], undefined, 24));
    parts.push(shapeBox([0.2, 0.28, 0.12], '#b0281e', [cx + 0.6, 0.06, cz + 0.1], [0, 0.4, Math.PI / 2]));
  } else {
    // an energised distribution panel behind the base, its door open, cables burning below it
    parts.push(shapeBox([0.7, 1.2, 0.3], '#8c959c', [cx, 0.6, cz - 0.5]));
    parts.push(shapeBox([0.62, 0.9, 0.01], '#2d3236', [cx, 0.75, cz - 0.345]));
    for (let i = 0; i < 5; i += 1) parts.push(shapeBox([0.05, 0.09, 0.05], '#e8e6df', [cx - 0.2 + i * 0.1, 0.95, cz - 0.33]));
    parts.push(shapeBox([0.2, 0.2, 0.005], '#f5c400', [cx, 1.3, cz - 0.345]));
    parts.push(shapeBox([0.5, 0.12, 0.3], '#202020', [cx, 0.06, cz - 0.1]));
    for (const dx of [-0.15, 0, 0.15]) parts.push(shapeCylinder(0.018, 0.55, '#1e1e1e', [cx + dx, 0.1, cz + 0.1], [Math.PI / 2, 0, 0]));
  }
  return { fireBase: mergeShapes(parts) };
}

/** Where the learner stands (a page's third-person view): feet ring and an arrow the way they face (-z). */
export function buildMarker(): Pick<FireModels, 'marker'> {
  const arrow = new RingGeometry(0, 0.12, 3, 1).rotateZ(Math.PI / 2).rotateX(-Math.PI / 2);
  return {
    marker: mergeShapes([
      colouredPart(new RingGeometry(0.2, 0.25, 32, 1).rotateX(-Math.PI / 2), '#2f8fff', [0, 0.008, 0]),
      colouredPart(arrow, '#2f8fff', [0, 0.009, -0.36]),
    ]),
  };
}

/** Practice: the distance band (1.5–3 m from the fire's centre) as two thin rings on the floor. */
export function buildBand(): Pick<FireModels, 'band'> {
  const [cx, , cz] = fireCentre;
  const ring = (r: number, colour: string) => colouredPart(new RingGeometry(r - 0.03, r + 0.03, 64, 1).rotateX(-Math.PI / 2), colour, [cx, 0.006, cz]);
  return { band: mergeShapes([ring(distanceBand.min, '#4caf50'), ring(distanceBand.max, '#4caf50'), ring(1.0, '#e53935')]) };
}

