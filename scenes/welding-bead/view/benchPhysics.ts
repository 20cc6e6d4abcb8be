// The booth's physics: static bench and coupon, and the three things a learner picks up
// (torch, helmet, gloves) where they rest at the start.
import { Euler, Quaternion, Vector3 } from 'three';
import type { PhysicsWorld } from '../../../client/workshop/kit';
import { addDynamicBox, addStaticBox } from '../../../client/workshop/kit';
import { plateSurfaceY, seamCentreZ } from '../geometry';
import type { BenchItems } from './benchInteraction';
import { benchTop, couponHalfLength, plateWidth } from './boothGeometry';
import { torchHalfExtents } from './torchModel';
import { glovesHalfExtents, helmetHalfExtents } from './ppeModels';

/** Where the torch lies at the start (body centre, world frame): on the bench, right of the coupon. */
export const torchRestPosition = new Vector3(0.3, benchTop.y + torchHalfExtents[2], -0.3);
export const torchRestQuaternion = new Quaternion().setFromEuler(new Euler(Math.PI / 2, 0, 0.5));
export const helmetRestPosition = new Vector3(-0.36, benchTop.y + helmetHalfExtents[1], -0.5);
export const glovesRestPosition = new Vector3(-0.28, benchTop.y + glovesHalfExtents[1], -0.25);

/** Bodies this module put in each world, so a remounted view replaces them instead of doubling up. */
const createdItems = new WeakMap<PhysicsWorld, BenchItems>();

export function createBenchPhysics(physics: PhysicsWorld): BenchItems {
  // Once per world: React may run the view's useMemo twice (StrictMode) and keep either result,
  // so both calls must hand back the same bodies rather than replace each other's.
  const existing = createdItems.get(physics);
  if (existing) return existing;
  const items = createBenchBodies(physics);
  createdItems.set(physics, items);
  return items;
}

function createBenchBodies(physics: PhysicsWorld): BenchItems {
  addStaticBox(physics, [0.6, 0.01, 0.35], [0, benchTop.y - 0.01, -0.45]);
  addStaticBox(physics, [couponHalfLength, 0.003, plateWidth], [0, plateSurfaceY - 0.003, seamCentreZ]);
  const torch = addDynamicBox(physics, 'torch', 0.6, torchHalfExtents, [torchRestPosition.x, torchRestPosition.y, torchRestPosition.z]);
  torch.body.quaternion.set(torchRestQuaternion.x, torchRestQuaternion.y, torchRestQuaternion.z, torchRestQuaternion.w);
  torch.previousQuaternion.copy(torch.body.quaternion);
  const helmet = addDynamicBox(physics, 'helmet', 0.5, helmetHalfExtents, [helmetRestPosition.x, helmetRestPosition.y, helmetRestPosition.z]);
  helmet.body.quaternion.setFromEuler(0, 0.5, 0);
  helmet.previousQuaternion.copy(helmet.body.quaternion);
  const gloves = addDynamicBox(physics, 'gloves', 0.3, glovesHalfExtents, [glovesRestPosition.x, glovesRestPosition.y, glovesRestPosition.z]);
  gloves.body.quaternion.setFromEuler(0, -0.3, 0);
  gloves.previousQuaternion.copy(gloves.body.quaternion);
  return { torch, helmet, gloves, torchRest: { position: torchRestPosition.clone(), quaternion: torchRestQuaternion.clone() } };
}
