// The workshop's cannon-es world: bodies linked to the Object3Ds that show them, stepped at a
// fixed rate, with rendered transforms interpolated between the last two simulated states.
import { Body, Box, Plane, Quaternion as CannonQuaternion, Vec3, World } from 'cannon-es';
import type { Object3D } from 'three';
import type { FixedStepper, FixedStepResult } from './fixedStep';
import { advanceFixedStepper, createFixedStepper } from './fixedStep';

export interface PhysicsLink {
  id: string;
  body: Body;
  object: Object3D | null;
  /** Set while a hand or the pointer holds the body: its pose comes from input, not the solver. */
  held: boolean;
  readonly previousPosition: Vec3;
  readonly previousQuaternion: CannonQuaternion;
}

export interface PhysicsWorld {
  world: World;
  links: Map<string, PhysicsLink>;
  stepper: FixedStepper & { maxStepsPerFrame: number };
  readonly lastStep: FixedStepResult;
}

export function createPhysicsWorld(): PhysicsWorld {
  const world = new World({ gravity: new Vec3(0, -9.81, 0), allowSleep: true });
  world.defaultContactMaterial.friction = 0.6;
  world.defaultContactMaterial.restitution = 0.05;
  const floor = new Body({ mass: 0, shape: new Plane() });
  floor.quaternion.setFromEuler(-Math.PI / 2, 0, 0);
  world.addBody(floor);
  return { world, links: new Map(), stepper: createFixedStepper(), lastStep: { steps: 0, alpha: 0 } };
}

/** A static box (bench top, shelves): half extents and centre in metres. */
export function addStaticBox(physics: PhysicsWorld, halfExtents: [number, number, number], centre: [number, number, number]): Body {
  const body = new Body({ mass: 0, shape: new Box(new Vec3(...halfExtents)) });
  body.position.set(...centre);
  physics.world.addBody(body);
  return body;
}

/** A dynamic box-shaped body that can be grabbed; the view attaches its Object3D later. */
export function addDynamicBox(
  physics: PhysicsWorld,
  id: string,
  mass: number,
  halfExtents: [number, number, number],
  centre: [number, number, number],
): PhysicsLink {
  const body = new Body({ mass, shape: new Box(new Vec3(...halfExtents)), linearDamping: 0.1, angularDamping: 0.3 });
  body.position.set(...centre);
  body.sleepSpeedLimit = 0.05;
  physics.world.addBody(body);
  const link: PhysicsLink = {
    id,
    body,
    object: null,
    held: false,
    previousPosition: body.position.clone(),
    previousQuaternion: body.quaternion.clone(),
  };
  physics.links.set(id, link);
  return link;
}

/** Advances the world by one frame's time in fixed steps and writes interpolated poses. */
export function stepPhysicsWorld(physics: PhysicsWorld, frameSeconds: number): FixedStepResult {
  const result = advanceFixedStepper(
    physics.stepper,
    frameSeconds,
    (step) => {
      for (const link of physics.links.values()) {
        link.previousPosition.copy(link.body.position);
        link.previousQuaternion.copy(link.body.quaternion);
      }
      physics.world.step(step);
    },
    physics.lastStep,
  );
  copyInterpolatedTransforms(physics, result.alpha);
  return result;
}

const slerpTarget = new CannonQuaternion();

function copyInterpolatedTransforms(physics: PhysicsWorld, alpha: number): void {
  for (const link of physics.links.values()) {
    const object = link.object;
    if (!object || link.held) continue;
    const { body, previousPosition: from } = link;
    if (body.sleepState === Body.SLEEPING && object.userData.settled === true) continue;
    object.position.set(
      from.x + (body.position.x - from.x) * alpha,
      from.y + (body.position.y - from.y) * alpha,
      from.z + (body.position.z - from.z) * alpha,
    );
    link.previousQuaternion.slerp(body.quaternion, alpha, slerpTarget);
    object.quaternion.set(slerpTarget.x, slerpTarget.y, slerpTarget.z, slerpTarget.w);
    object.userData.settled = body.sleepState === Body.SLEEPING;
  }
}
