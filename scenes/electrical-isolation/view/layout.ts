// Where everything stands in the workshop frame (metres; +y up, the learner at the origin facing
// -z in a headset): a training rig's back board with the distribution board and the socket, a
// bench in front of it with the tools. The bench top is at the AR table height (0.9 m).
import { Euler, Vector3 } from 'three';
import type { Vec3 } from '../../../client/workshop/kit';
import { circuitIds } from '../installation';
import type { CircuitId, TerminalId, TestPair } from '../installation';

export const wallZ = -0.85;
export const benchTopY = 0.9;
export const benchFrontZ = wallZ + 0.5;

export const board = { centre: [-0.28, 1.4, wallZ + 0.05] as Vec3, width: 0.62, height: 0.4, depth: 0.1 };
export const boardFrontZ = board.centre[2] + board.depth / 2;
const deviceWidth = 0.066;
const mainWidth = 0.09;

/** Each device's centre on the DIN rail, the main switch first. */
export const devicePositions: Readonly<Record<CircuitId, Vec3>> = Object.fromEntries(
  circuitIds.map((id, index) => {
    const left = board.centre[0] - (mainWidth + 6 * deviceWidth + 6 * 0.008) / 2;
    const x = index === 0 ? left + mainWidth / 2 : left + mainWidth + 0.008 + (index - 1) * (deviceWidth + 0.008) + deviceWidth / 2;
    return [id, [x, board.centre[1] + 0.03, boardFrontZ + 0.03] as Vec3];
  }),
) as Record<CircuitId, Vec3>;
export const deviceSize = (id: CircuitId): Vec3 => [id === 'main' ? mainWidth : deviceWidth, 0.13, 0.06];
export const labelStrip = { centre: [board.centre[0], board.centre[1] - 0.115, boardFrontZ + 0.006] as Vec3, width: 0.56, height: 0.07 };

export const socket = { centre: [0.24, 1.2, wallZ] as Vec3, size: 0.086 };
/** The faceplate's spot on the bench while it is off. */
export const faceplateAside: Vec3 = [0.44, benchTopY + 0.006, wallZ + 0.2];
/** The two-pole tester's test points at the socket's front: one pad per pair, under the socket. */
export const pairPads: Readonly<Record<TestPair, Vec3>> = {
  'L-N': [socket.centre[0] - 0.045, socket.centre[1] - 0.09, wallZ + 0.02],
  'L-E': [socket.centre[0], socket.centre[1] - 0.09, wallZ + 0.02],
  'N-E': [socket.centre[0] + 0.045, socket.centre[1] - 0.09, wallZ + 0.02],
};
/** Where the conductors leave the back box. */
export const cableExit: Vec3 = [socket.centre[0], socket.centre[1] + 0.02, wallZ + 0.015];
/** A socket's terminals in its own frame (front towards -z... its back, with the screws, towards +z). */
export const terminalOffsets: Readonly<Record<TerminalId, Vec3>> = { L: [-0.022, -0.012, 0.02], N: [0.022, -0.012, 0.02], E: [0, 0.024, 0.02] };
export const oldTerminals: Readonly<Record<TerminalId, Vec3>> = mapTerminals((t) => add(socket.centre, terminalOffsets[t]));
/** The new socket while it is wired: on the bench under the box, its back (the terminals) tilted up to the learner. */
export const newSocket = { centre: [0.24, benchTopY + 0.04, wallZ + 0.17] as Vec3, rotation: [-1.1, 0, 0] as Vec3 };
export const newTerminals: Readonly<Record<TerminalId, Vec3>> = mapTerminals((t) => {
  const v = new Vector3(...terminalOffsets[t]).applyEuler(new Euler(...newSocket.rotation));
  return add(newSocket.centre, [v.x, v.y, v.z]);
});

function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

function mapTerminals(f: (t: TerminalId) => Vec3): Record<TerminalId, Vec3> {
  return { L: f('L'), N: f('N'), E: f('E') };
}

/** A loose conductor hangs out of the box. */
export const looseEnds: Readonly<Record<'L' | 'N' | 'PE', Vec3>> = {
  L: [socket.centre[0] - 0.05, socket.centre[1] - 0.06, wallZ + 0.07],
  N: [socket.centre[0] + 0.05, socket.centre[1] - 0.06, wallZ + 0.07],
  PE: [socket.centre[0], socket.centre[1] - 0.075, wallZ + 0.07],
};

/** The tools' homes on the bench (the group origin is where a tool is held: its tip or grip). */
export const toolHomes = {
  tester: [-0.4, benchTopY + 0.015, wallZ + 0.26] as Vec3,
  provingUnit: [-0.26, benchTopY + 0.03, wallZ + 0.22] as Vec3,
  padlock: [-0.12, benchTopY + 0.02, wallZ + 0.24] as Vec3,
  screwdriver: [0.0, benchTopY + 0.012, wallZ + 0.26] as Vec3,
  socketTester: [0.1, benchTopY + 0.04, wallZ + 0.24] as Vec3,
  gloves: [0.5, benchTopY + 0.02, wallZ + 0.4] as Vec3,
  glasses: [0.28, benchTopY + 0.02, wallZ + 0.42] as Vec3,
  torqueDial: [0.02, benchTopY + 0.03, wallZ + 0.38] as Vec3,
};

/** Desktop: a held tool floats on this plane, in front of the board's devices. */
export const holdPlaneZ = wallZ + 0.16;

export const checklistPanel = { position: [0.62, 1.45, wallZ + 0.02] as Vec3 };
