// The desktop / phone view: looking at the rig from a standing learner's eye, moved back and
// widened until the whole board, the socket and the tools on the bench are in view between the
// overlay's panels.
import type { CameraFit, ScreenInsets, Vec3 } from '../../../client/workshop/kit';
import { fitCamera } from '../../../client/workshop/kit';
import { board, boardFrontZ, socket, toolHomes, wallZ } from './layout';

export const rigViewTarget: Vec3 = [0, 1.16, wallZ + 0.12];
const baseEye: Vec3 = [0, 1.5, wallZ + 0.95];
const baseDistance = Math.hypot(baseEye[0] - rigViewTarget[0], baseEye[1] - rigViewTarget[1], baseEye[2] - rigViewTarget[2]);
const direction: Vec3 = [(rigViewTarget[0] - baseEye[0]) / baseDistance, (rigViewTarget[1] - baseEye[1]) / baseDistance, (rigViewTarget[2] - baseEye[2]) / baseDistance];

const [bx, by] = board.centre;
export const rigViewPoints: readonly Vec3[] = [
  [bx - board.width / 2, by + board.height / 2, boardFrontZ],
  [bx + board.width / 2, by + board.height / 2, boardFrontZ],
  [bx - board.width / 2, by - board.height / 2, boardFrontZ],
  [socket.centre[0] + 0.1, socket.centre[1] + 0.06, socket.centre[2]],
  [toolHomes.gloves[0] + 0.1, toolHomes.gloves[1], toolHomes.gloves[2] + 0.06],
  [toolHomes.tester[0] - 0.05, toolHomes.tester[1], toolHomes.tester[2]],
  [toolHomes.torqueDial[0], toolHomes.torqueDial[1], toolHomes.torqueDial[2] + 0.03],
];

export function fitRigCamera(aspect: number, insets?: ScreenInsets): CameraFit {
  return fitCamera({ aspect, target: rigViewTarget, direction, points: rigViewPoints, baseFov: 50, maxFov: 75, referenceAspect: 16 / 10, minDistance: baseDistance, insets });
}
