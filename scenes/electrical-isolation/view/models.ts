// The workshop's shapes, built in code (no model files to load): the rig and bench, the board and
// its devices, the socket-outlets, and each tool as one vertex-coloured merged geometry.
import type { BufferGeometry } from 'three';
import { board, benchTopY, boardFrontZ, socket, terminalOffsets, wallZ } from './layout';
import { box, cylinder, merge, sphere } from './shapes';

const brown = '#7a4a22';
const blue = '#1f5fbf';
const greenYellow = '#8fbf1f';
const white = '#f1f1ee';
const grey = '#5d646b';
const dark = '#24282c';

export interface ElectricalModels {
  room: BufferGeometry;
  rig: BufferGeometry;
  boardBody: BufferGeometry;
  toggle: BufferGeometry;
  lamp: BufferGeometry;
  socketBox: BufferGeometry;
  faceplate: BufferGeometry;
  oldMechanism: BufferGeometry;
  newSocket: BufferGeometry;
  terminalScrew: BufferGeometry;
  conductorEnd: Record<'L' | 'N' | 'PE', BufferGeometry>;
  wire: Record<'L' | 'N' | 'PE', BufferGeometry>;
  pad: BufferGeometry;
  tester: BufferGeometry;
  provingUnit: BufferGeometry;
  padlock: BufferGeometry;
  screwdriver: BufferGeometry;
  socketTester: BufferGeometry;
  gloves: BufferGeometry;
  glasses: BufferGeometry;
  dialButton: BufferGeometry;
}

export function buildRoom(): Pick<ElectricalModels, 'room' | 'rig'> {
  return {
    // Floor, the bench's legs and the room's walls: hidden in AR, where a real table carries the rig.
    room: merge([
      box([6, 0.02, 6], '#6d6a64', [0, -0.01, 0]),
      box([6, 3, 0.05], '#c9c3b5', [0, 1.5, wallZ - 0.2]),
      ...[-0.8, 0.8].flatMap((x) => [-0.05, -0.45].map((dz) => box([0.05, benchTopY - 0.04, 0.05], grey, [x, (benchTopY - 0.04) / 2, wallZ + 0.5 + dz]))),
    ]),
    // The training rig: a back board standing on the bench, and the bench top itself.
    rig: merge([
      box([1.8, 0.04, 0.6], '#8a6a44', [0, benchTopY - 0.02, wallZ + 0.25]),
      box([1.8, 1.1, 0.03], '#d9d2c2', [0, benchTopY + 0.55, wallZ - 0.015]),
    ]),
  };
}

export function buildBoard(): Pick<ElectricalModels, 'boardBody' | 'toggle' | 'lamp'> {
  const [cx, cy, cz] = board.centre;
  return {
    boardBody: merge([
      box([board.width, board.height, board.depth], '#e8e6df', [cx, cy, cz]),
      box([board.width - 0.04, board.height - 0.06, 0.004], '#bfc3c6', [cx, cy, boardFrontZ + 0.001]),
      box([board.width - 0.08, 0.035, 0.02], '#9aa0a6', [cx, cy + 0.03, boardFrontZ + 0.01]),
    ]),
    toggle: merge([box([0.02, 0.034, 0.02], dark, [0, 0, 0.012]), box([0.03, 0.05, 0.012], '#f4f4f0', [0, 0, 0])]),
    lamp: sphere(0.007, '#ffffff'),
  };
}

export function buildSocketParts(): Pick<ElectricalModels, 'socketBox' | 'faceplate' | 'oldMechanism' | 'newSocket' | 'terminalScrew' | 'conductorEnd' | 'wire' | 'pad'> {
  const [sx, sy] = socket.centre;
  const s = socket.size;
  const socketFront = (z: number) => [
    box([s, s, 0.01], white, [0, 0, z]),
    // The socket's round recess and its two pin holes and earth clips.
    cylinder(0.02, 0.004, '#e2e2dc', [0, 0, z + 0.006], [Math.PI / 2, 0, 0], 24),
    cylinder(0.0025, 0.004, dark, [-0.01, 0, z + 0.008], [Math.PI / 2, 0, 0]),
    cylinder(0.0025, 0.004, dark, [0.01, 0, z + 0.008], [Math.PI / 2, 0, 0]),
    box([0.004, 0.008, 0.003], '#b0b4b8', [0, 0.017, z + 0.008]),
    box([0.004, 0.008, 0.003], '#b0b4b8', [0, -0.017, z + 0.008]),
  ];
  return {
    socketBox: merge([box([s + 0.01, s + 0.01, 0.01], '#d8d8d2', [sx, sy, wallZ + 0.005]), box([s - 0.01, s - 0.01, 0.004], '#3a3f44', [sx, sy, wallZ + 0.011])]),
    faceplate: merge(socketFront(0.005)),
    oldMechanism: merge([
      box([0.07, 0.05, 0.014], '#d9d4c4', [0, 0, 0.007]),
      ...Object.values(terminalOffsets).map(([x, y, z]) => box([0.012, 0.012, 0.006], '#c9a13a', [x, y, z - 0.004])),
    ]),
    newSocket: merge([
      ...socketFront(-0.012).map((g) => g.rotateX(Math.PI)),
      box([0.07, 0.05, 0.012], '#e8e4d8', [0, 0, 0.004]),
      box([0.06, 0.004, 0.002], '#9aa0a6', [0, 0.003, 0.011]),
    ]),
    terminalScrew: merge([box([0.012, 0.012, 0.008], '#c9a13a', [0, 0, 0]), cylinder(0.004, 0.004, '#8d8f92', [0, 0, 0.005], [Math.PI / 2, 0, 0])]),
    conductorEnd: {
      L: merge([cylinder(0.0035, 0.02, brown, [0, 0, 0.01], [Math.PI / 2, 0, 0]), cylinder(0.0015, 0.008, '#c87533', [0, 0, -0.003], [Math.PI / 2, 0, 0])]),
      N: merge([cylinder(0.0035, 0.02, blue, [0, 0, 0.01], [Math.PI / 2, 0, 0]), cylinder(0.0015, 0.008, '#c87533', [0, 0, -0.003], [Math.PI / 2, 0, 0])]),
      PE: merge([cylinder(0.0035, 0.02, greenYellow, [0, 0, 0.01], [Math.PI / 2, 0, 0]), cylinder(0.0015, 0.008, '#c87533', [0, 0, -0.003], [Math.PI / 2, 0, 0])]),
    },
    // A unit-length wire along +y, stretched between the box and the conductor's end each frame.
    wire: { L: cylinder(0.003, 1, brown, [0, 0.5, 0], [0, 0, 0], 6), N: cylinder(0.003, 1, blue, [0, 0.5, 0], [0, 0, 0], 6), PE: cylinder(0.003, 1, greenYellow, [0, 0.5, 0], [0, 0, 0], 6) },
    pad: merge([cylinder(0.012, 0.006, '#f3c623', [0, 0, 0], [Math.PI / 2, 0, 0], 16)]),
  };
}

export function buildTools(): Pick<ElectricalModels, 'tester' | 'provingUnit' | 'padlock' | 'screwdriver' | 'socketTester' | 'gloves' | 'glasses' | 'dialButton'> {
  return {
    // Origin at the probe tips: where it touches what it tests.
    tester: merge([
      box([0.035, 0.12, 0.022], '#f2c230', [0, 0.075, 0]),
      box([0.026, 0.03, 0.004], '#20262b', [0, 0.095, 0.012]),
      cylinder(0.004, 0.04, '#c0392b', [-0.01, 0.012, 0], [0, 0, 0]),
      cylinder(0.004, 0.04, dark, [0.01, 0.012, 0], [0, 0, 0]),
      cylinder(0.0012, 0.012, '#c8ccd0', [-0.01, -0.012, 0]),
      cylinder(0.0012, 0.012, '#c8ccd0', [0.01, -0.012, 0]),
    ]).rotateX(-Math.PI / 2 + 0.3),
    provingUnit: merge([box([0.09, 0.06, 0.06], '#e0552b', [0, 0, 0]), box([0.05, 0.012, 0.03], dark, [0, 0.032, 0]), cylinder(0.004, 0.006, '#c8ccd0', [-0.012, 0.04, 0]), cylinder(0.004, 0.006, '#c8ccd0', [0.012, 0.04, 0])]),
    padlock: merge([
      box([0.04, 0.035, 0.018], '#c0392b', [0, 0, 0]),
      cylinder(0.004, 0.03, '#c8ccd0', [-0.013, 0.03, 0]),
      cylinder(0.004, 0.03, '#c8ccd0', [0.013, 0.03, 0]),
      cylinder(0.004, 0.03, '#c8ccd0', [0, 0.045, 0], [0, 0, Math.PI / 2]),
      // The tag on its string.
      box([0.05, 0.07, 0.002], '#f3c623', [0, -0.065, 0.004]),
      box([0.044, 0.02, 0.003], '#c0392b', [0, -0.05, 0.005]),
    ]),
    screwdriver: merge([
      cylinder(0.013, 0.1, '#d62f2f', [0, 0.12, 0], [0, 0, 0], 10),
      cylinder(0.009, 0.02, '#20262b', [0, 0.06, 0]),
      cylinder(0.003, 0.06, '#c8ccd0', [0, 0.03, 0]),
      box([0.006, 0.004, 0.0015], '#c8ccd0', [0, 0.001, 0]),
    ]).rotateX(-Math.PI / 2 + 0.2),
    socketTester: merge([
      box([0.055, 0.055, 0.03], '#2f6fb3', [0, 0, 0.02]),
      cylinder(0.0025, 0.015, '#c8ccd0', [-0.01, 0, 0], [Math.PI / 2, 0, 0]),
      cylinder(0.0025, 0.015, '#c8ccd0', [0.01, 0, 0], [Math.PI / 2, 0, 0]),
    ]).rotateX(Math.PI / 2),
    gloves: merge([box([0.09, 0.02, 0.16], '#e8c21c', [0.05, 0, 0]), box([0.09, 0.02, 0.16], '#e8c21c', [-0.05, 0, 0]), box([0.2, 0.022, 0.05], '#202428', [0, 0, 0.09])]),
    glasses: merge([
      box([0.06, 0.035, 0.004], '#9fd3e6', [-0.034, 0, 0]),
      box([0.06, 0.035, 0.004], '#9fd3e6', [0.034, 0, 0]),
      box([0.14, 0.008, 0.006], dark, [0, 0.02, 0]),
      box([0.005, 0.008, 0.12], dark, [-0.07, 0.02, -0.06]),
      box([0.005, 0.008, 0.12], dark, [0.07, 0.02, -0.06]),
    ]).rotateX(-1.2),
    dialButton: merge([cylinder(0.016, 0.012, '#3a7bd5', [0, 0, 0], [0, 0, 0], 16)]),
  };
}
