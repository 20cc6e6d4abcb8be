// The extinguisher in hand: its body (upright: carried by the handle in a headset, at the hip on
// a page), the hose, and the nozzle at the sampled tip pointing the sampled way. Its safety pin
// is a kit Target ("pin") while it is in: a click, the other hand's poke or grab, or P pulls it.
// Poses are set each frame from the session (live) or the fold's last sample (replay).
import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { CylinderGeometry, MeshStandardMaterial, Quaternion, Vector3 } from 'three';
import type { Group, Mesh } from 'three';
import { Target, useHeld, vertexColouredMaterial } from '../../../client/workshop/kit';
import type { Agent } from '../events';
import { ExtinguisherModel, pinOffset } from './Extinguisher';
import { desktopHold } from './layout';
import type { Vec3 } from './layout';
import { learnerToWorkshop } from './desktop';
import { heldAgent } from './workshop';
import type { FireWorkshop } from './workshop';
import { body } from './layout';

const forward = new Vector3(0, 0, -1);
const up = new Vector3(0, 1, 0);
const direction = new Vector3();
const from = new Vector3();
const to = new Vector3();
const bodyAt: Vec3 = [0, 0, 0];
const hoseMaterial = new MeshStandardMaterial({ color: '#202224', roughness: 0.8 });
const q = new Quaternion();
const handForward = new Vector3();

/** The body's foot and heading (yaw) now: where the hand carries it. */
function placeBody(w: FireWorkshop, holder: string | null, out: Vec3): number {
  const { session, runtime } = w;
  if (holder === 'left' || holder === 'right') {
    const hand = runtime.xr[holder];
    // carried by the handle: the valve just under the grip
    out[0] = hand.position[0];
    out[1] = hand.position[1] - (body.height + body.radius + 0.08);
    out[2] = hand.position[2];
    handForward.set(0, 0, -1).applyQuaternion(q.set(...hand.quaternion));
    return Math.atan2(-handForward.x, -handForward.z);
  }
  if (holder === 'mouse') {
    learnerToWorkshop(session.learner.position, session.learner.yaw, desktopHold.body, out);
    return session.learner.yaw;
  }
  // replay: under and behind the nozzle
  const { p, d } = session.nozzle;
  const h = Math.hypot(d[0], d[2]) || 1;
  out[0] = p[0] - (d[0] / h) * 0.2 + (d[2] / h) * 0.15;
  out[1] = Math.max(0, p[1] - 0.62);
  out[2] = p[2] - (d[2] / h) * 0.2 - (d[0] / h) * 0.15;
  return Math.atan2(-d[0], -d[2]);
}

export function Held({ w, replayAgent }: { w: FireWorkshop; replayAgent: Agent | null }) {
  const held = useHeld();
  const live = heldAgent(w.interaction);
  const agent = w.interactive ? live : replayAgent;
  const bodyGroup = useRef<Group>(null);
  const nozzle = useRef<Group>(null);
  const hose = useRef<Mesh>(null);
  const hoseGeometry = useMemo(() => new CylinderGeometry(0.016, 0.016, 1, 6).translate(0, 0.5, 0), []);

  useFrame(() => {
    const g = bodyGroup.current;
    const n = nozzle.current;
    const pipe = hose.current;
    if (!g || !n || !pipe || !agent) return;
    const yaw = placeBody(w, w.interactive ? (held?.by ?? null) : null, bodyAt);
    g.position.set(bodyAt[0], bodyAt[1], bodyAt[2]);
    g.rotation.set(0, yaw, 0);
    const { p, d } = w.session.nozzle;
    n.position.set(p[0], p[1], p[2]);
    direction.set(d[0], d[1], d[2]).normalize();
    n.quaternion.setFromUnitVectors(forward, direction);
    // the hose from the back of the valve to the nozzle's back end
    from.set(0, body.height + body.radius * 0.6, -body.radius).applyEuler(g.rotation).add(g.position);
    to.set(0, 0, 0.12).applyQuaternion(n.quaternion).add(n.position);
    const length = from.distanceTo(to);
    pipe.position.copy(from);
    pipe.scale.set(1, Math.max(0.01, length), 1);
    pipe.quaternion.setFromUnitVectors(up, direction.copy(to).sub(from).normalize());
  });

  if (!agent) return null;
  const pinIn = !w.session.fire.pinPulled[agent];
  return (
    <>
      <group ref={bodyGroup}>
        <ExtinguisherModel models={w.models} agent={agent} language={w.language} pinIn={pinIn} />
        {pinIn && w.interactive && (
          <Target id="pin" position={pinOffset} onPress={(_held, source) => w.pressPin(source)}>
            <mesh visible={false}>
              <boxGeometry args={[0.08, 0.07, 0.08]} />
            </mesh>
          </Target>
        )}
      </group>
      <group ref={nozzle}>
        <mesh geometry={w.models.nozzle[agent]} material={vertexColouredMaterial} />
      </group>
      <mesh ref={hose} geometry={hoseGeometry} material={hoseMaterial} />
    </>
  );
}
