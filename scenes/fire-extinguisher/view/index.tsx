// The fire-extinguisher workshop view: a workshop room with the fire on its base disc (the class
// the server drew: wood and paper, a tray of liquid, or a live panel), the extinguisher rack, the
// alarm call point and the exit behind the learner. Everything the learner does is recorded
// through the page's telemetry and folded with the standard's own model (applyFireEvent), so the
// flames, smoke, discharge and agent left drawn are what the server scores. Desktop: walk, aim
// with the mouse, hold to squeeze; headset: grab or point, trigger squeezes, teleport and snap turn.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useTranslation } from 'react-i18next';
import { Color, Fog } from 'three';
import type { Camera, Mesh, PerspectiveCamera } from 'three';
import {
  InteractionProvider,
  Label3D,
  XRLocomotion,
  addMeteredTime,
  consumeActionPress,
  createInteraction,
  createLocomotionPose,
  createPointerSampler,
  declareKeyActions,
  primaryPointerIsCoarse,
  runBuildSteps,
  teleportBlocked,
  useOverlayContent,
  useWorkshopRuntime,
  vertexColouredMaterial,
  workshopLanguage,
  workshopLogicPriority,
} from '../../../client/workshop/kit';
import type { PressSource, WorkshopSceneProps } from '../../../client/workshop/kit';
import { findScene } from '../../registry';
import type { Agent } from '../events';
import { fireGeometry } from '../fire';
import { buildBand, buildCallPoint, buildExtinguishers, buildFireBase, buildMarker, buildRack, buildRoom } from './models';
import type { FireModels } from './models';
import { createFireReplayer, createFireSession, fireClassFromParams, fireCues, notify, pickAgent, pressAlarm, pullPin, sampleNozzle } from './session';
import type { FireSession } from './session';
import { createDesktopState, learnerToWorkshop, moveLearner, placeFollowCamera, sampleDesktopNozzle } from './desktop';
import { createFireEffects } from './effects';
import { fireKeyActions } from './keys';
import type { FireKeyAction } from './keys';
import { callPoint, desktopHold, exitDoor, rackSlots, reachM, replayCamera, room as roomBox } from './layout';
import type { Vec3 } from './layout';
import { Rack } from './Rack';
import { CallPoint } from './CallPoint';
import { Held } from './Held';
import { Floor } from './Floor';
import { Effects } from './Effects';
import { Cues3D } from './Cues3D';
import { FireOverlay } from './Overlay';
import { cueLines } from './cueLines';
import { fireText } from './strings';
import { fireTestState } from './testState';
import { heldAgent, heldId } from './workshop';
import type { FireWorkshop } from './workshop';

/** Seconds the replay keeps an extinguisher in hand after its last nozzle sample (putting it back is not logged). */
const replayHoldMs = 600;
const nozzleTip: Vec3 = [0, 0, 0];
const nozzleDirection: Vec3 = [0, 0, -1];

export default function FireExtinguisherView(props: WorkshopSceneProps) {
  const runtime = useWorkshopRuntime();
  const { gl, scene, camera } = useThree();
  const { i18n } = useTranslation();
  const language = workshopLanguage(i18n.language);
  const replay = props.replay;
  // The class is the server's (start or resume params); without one the view says so and shows A.
  const paramsClass = fireClassFromParams(props.params);
  const fireClass = paramsClass ?? 'A';
  // A replay shows the reviewer the practice cues whatever the attempt's mode.
  const session = useMemo(() => createFireSession(replay ? 'practice' : props.mode, fireClass), [replay, props.mode, fireClass]);
  const replayer = useMemo(() => replay && createFireReplayer(session, replay.events), [replay, session]);
  const interaction = useMemo(createInteraction, []);
  const effects = useMemo(createFireEffects, []);
  const desktop = useMemo(() => createDesktopState(createPointerSampler()), []);
  const locomotion = useMemo(() => createLocomotionPose(), []);
  const [models, setModels] = useState<FireModels | null>(null);
  const [, setShown] = useState('');
  const shown = useRef('');
  const room = useRef<Mesh>(null);
  const marker = useRef<Mesh>(null);
  const frames = useRef(0);
  const wasPresenting = useRef(false);
  const practice = session.mode === 'practice';
  const telemetry = replay ? null : props.telemetry;

  useEffect(() => {
    let cancelled = false;
    const built: Partial<FireModels> = {};
    void runBuildSteps(
      runtime.progress,
      [
        ['room', () => Object.assign(built, buildRoom(), buildBand(), buildMarker())],
        ['rack', () => Object.assign(built, buildRack(), buildCallPoint())],
        ['extinguishers', () => Object.assign(built, buildExtinguishers())],
        ['fire', () => {
          Object.assign(built, buildFireBase(fireClass));
          setModels(built as FireModels);
        }],
      ],
      () => cancelled,
    );
    return () => {
      cancelled = true;
    };
  }, [runtime, fireClass]);

  useEffect(() => {
    scene.background = new Color('#202428');
    scene.fog = new Fog('#202428', 9, 16);
    return () => {
      scene.background = null;
      scene.fog = null;
    };
  }, [scene]);

  useEffect(() => declareKeyActions(runtime.desktop, fireKeyActions), [runtime]);

  useEffect(() => {
    runtime.sceneTestState = () => fireTestState(session, interaction, desktop, effects, locomotion, camera, gl.domElement, paramsClass);
    return () => {
      runtime.sceneTestState = null;
    };
  }, [runtime, session, interaction, desktop, effects, locomotion, camera, gl, paramsClass]);

  // A mouse press that begins on a target (the pin, a hook, the call point) is that target's, not the handle's.
  useEffect(() => {
    const element = gl.domElement;
    const onDown = (event: PointerEvent) => {
      if (event.button === 0 && interaction.hovered.length > 0) desktop.uiPress = { from: event.timeStamp, until: Infinity };
    };
    const onUp = (event: PointerEvent) => {
      if (desktop.uiPress.until === Infinity) desktop.uiPress.until = event.timeStamp;
    };
    element.addEventListener('pointerdown', onDown);
    window.addEventListener('pointerup', onUp);
    return () => {
      element.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointerup', onUp);
    };
  }, [gl, interaction, desktop]);

  useEffect(
    () => () => {
      teleportBlocked.left = false;
      teleportBlocked.right = false;
    },
    [],
  );

  /** Where the learner is for reach: the head in a headset, where they stand on a page. */
  const learnerPoint = (): readonly number[] => (runtime.view.presenting ? runtime.xr.head : session.learner.position);
  const withinReach = (point: readonly number[]) => Math.hypot((point[0] ?? 0) - (learnerPoint()[0] ?? 0), (point[2] ?? 0) - (learnerPoint()[2] ?? 0)) <= reachM;

  const w: FireWorkshop | null = models && {
    runtime,
    session,
    models,
    language,
    interactive: !replay,
    telemetry,
    interaction,
    effects,
    desktop,
    locomotion,
    pressRack: (agent: Agent, source: PressSource) => {
      if (replay) return;
      const held = heldAgent(interaction);
      if (held === agent) {
        interaction.hold.release();
        return;
      }
      if (!withinReach(rackSlots[agent])) return notify(session, 'goCloser');
      pickAgent(session, telemetry, agent, performance.now());
      interaction.hold.hold({ id: heldId(agent), kind: 'extinguisher', by: source.holder, grabbed: false });
      // the click that took it is no squeeze: sampling starts after it
      desktop.uiPress.until = Math.max(desktop.uiPress.until === Infinity ? performance.now() : desktop.uiPress.until, performance.now());
    },
    pressPin: (source: PressSource) => {
      if (replay) return;
      const held = heldAgent(interaction);
      if (source.xr && interaction.hold.held?.by === source.holder && source.pointerType === 'ray') return notify(session, 'wrongHand');
      pullPin(session, telemetry, held, performance.now());
    },
    pressAlarm: () => {
      if (replay) return;
      if (!withinReach(callPoint)) return notify(session, 'goCloser');
      pressAlarm(session, telemetry, performance.now());
    },
  };

  const held = heldAgent(interaction);
  const cues = fireCues(session, replay ? replayedAgent(session, replay.clock.timeMs) : held);
  const lines = cues ? cueLines(cues) : [];
  const rules = findScene('fire-extinguisher');
  const advice =
    practice && rules
      ? rules.rubric.criteria.map((c) => ({ id: c.id, name: rules.names[c.id] ?? { vi: c.id, en: c.id }, text: rules.advice[c.id] ?? { vi: '', en: '' } }))
      : null;
  useOverlayContent(
    !runtime.view.presenting && models ? (
      <FireOverlay
        runtime={runtime}
        session={session}
        language={language}
        held={replay ? replayedAgent(session, replay.clock.timeMs) : held}
        cues={cues}
        advice={advice}
        replay={replay !== undefined}
        touch={primaryPointerIsCoarse()}
        onPutBack={() => interaction.hold.release()}
      />
    ) : null,
  );

  useFrame((state, delta) => {
    if (!models) return;
    const started = performance.now();
    const now = runtime.frameTimeMs;
    const presenting = runtime.view.presenting;
    const dt = Math.min(delta, 0.1);
    const inHand = heldAgent(interaction);
    if (replay && replayer) {
      replayer.seek(replay.clock.timeMs);
      // the learner stood behind the nozzle, facing the way it pointed (as a desktop learner holds it)
      const { p, d } = session.nozzle;
      const yaw = Math.atan2(-d[0], -d[2]);
      learnerToWorkshop([0, 0, 0], yaw, desktopHold.nozzle, nozzleTip);
      session.learner.yaw = yaw;
      session.learner.position[0] = p[0] - nozzleTip[0];
      session.learner.position[2] = p[2] - nozzleTip[2];
      if (!presenting) placeReplayCamera(state.camera);
    } else if (presenting) {
      const head = runtime.xr.head;
      session.learner.position[0] = head[0];
      session.learner.position[2] = head[2];
      const by = interaction.hold.held?.by;
      if (inHand && (by === 'left' || by === 'right')) {
        const hand = runtime.xr[by];
        if (hand.connected) {
          xrNozzle(hand.rayPosition, hand.rayQuaternion, nozzleTip, nozzleDirection);
          sampleNozzle(session, telemetry, now, nozzleTip, nozzleDirection, hand.fire);
        }
      }
    } else {
      moveLearner(runtime, session, desktop, dt);
      placeFollowCamera(state.camera, session);
      sampleDesktopNozzle(runtime, session, telemetry, desktop, state.camera, inHand, now);
      if (consumeActionPress(runtime.desktop, 'pin' satisfies FireKeyAction)) pullPin(session, telemetry, inHand, now);
      if (consumeActionPress(runtime.desktop, 'alarm' satisfies FireKeyAction)) {
        if (withinReach(callPoint)) pressAlarm(session, telemetry, now);
        else notify(session, 'goCloser');
      }
    }
    if (wasPresenting.current && !presenting) placeFollowCamera(state.camera, session);
    wasPresenting.current = presenting;
    // The hand holding an extinguisher squeezes with its trigger: no teleport arc from it.
    const by = interaction.hold.held?.by;
    teleportBlocked.left = by === 'left';
    teleportBlocked.right = by === 'right';
    if (room.current) room.current.visible = runtime.view.mode !== 'ar';
    if (marker.current) {
      // the learner's feet on a page (the camera follows behind them); a headset has real feet
      marker.current.visible = !presenting;
      marker.current.position.set(session.learner.position[0], 0, session.learner.position[2]);
      marker.current.rotation.set(0, session.learner.yaw, 0);
    }
    // Re-render only when what the page or the panels show has changed.
    const agentNow = replay ? replayedAgent(session, replay.clock.timeMs) : inHand;
    const c = fireCues(session, agentNow);
    const key = [
      session.fire.out,
      Math.round(session.fire.intensity * 100),
      session.fire.alarmAtMs !== null,
      agentNow,
      agentNow ? session.fire.pinPulled[agentNow] : '',
      session.notice,
      presenting,
      c ? cueLines(c).map((l) => l.en).join('|') : '',
    ].join(';');
    if (key !== shown.current) {
      shown.current = key;
      setShown(key);
    }
    addMeteredTime(runtime.meter, performance.now() - started);
    frames.current += 1;
    if (frames.current === 2) props.onReady?.();
  }, workshopLogicPriority);

  if (!models || !w) return null;
  const replayAgent = replay ? replayedAgent(session, replay.clock.timeMs) : null;
  return (
    <InteractionProvider interaction={interaction} onPutBack={() => notify(session, null)}>
      <hemisphereLight args={['#e9eef2', '#3b342c', 0.85]} />
      <directionalLight position={[1.5, 3, 1.5]} intensity={1.2} color="#fff6e8" />
      <pointLight position={[fireGeometry.centre[0], 0.8, fireGeometry.centre[2]]} intensity={session.fire.out ? 0 : 2.5 * session.fire.intensity + 0.4} distance={6} color="#ff8a3a" />
      <XRLocomotion pose={locomotion} />
      <mesh ref={room} geometry={models.room} material={vertexColouredMaterial}>
        {/* The ceiling strip light glows: unlit, or it shows dark from below. Hidden with the room in AR. */}
        <mesh position={[0, roomBox.height - 0.03, -1]}>
          <boxGeometry args={[0.2, 0.05, 3]} />
          <meshBasicMaterial color="#fffdf0" />
        </mesh>
      </mesh>
      <Floor w={w} band={practice} />
      <mesh ref={marker} geometry={models.marker} material={vertexColouredMaterial} />
      <mesh geometry={models.fireBase} material={vertexColouredMaterial} />
      <Label3D text={fireText.exitSign} language={language} width={0.5} height={0.16} position={[exitDoor.centre[0], exitDoor.height + 0.2, exitDoor.centre[2] - 0.06]} rotation={[0, Math.PI, 0]} style={{ background: '#1b8f3a', color: '#ffffff', bold: true }} />
      <Rack w={w} replayAgent={replayAgent} />
      <CallPoint w={w} />
      <Held w={w} replayAgent={replayAgent} />
      <Effects w={w} dischargeAgent={() => dischargingAgent(session, replay ? replayedAgent(session, replay.clock.timeMs) : heldAgent(interaction))} />
      {practice && lines.length > 0 && <Cues3D session={session} lines={lines} language={language} />}
      {!paramsClass && <Label3D text={fireText.unknownClass} language={language} width={1.2} height={0.1} position={[0, 2.4, -3]} style={{ background: '#b71c1c' }} />}
    </InteractionProvider>
  );
}

/** What discharges now per the fold: the agent in hand when the last sample was discharging. */
function dischargingAgent(session: FireSession, agent: Agent | null): Agent | null {
  return agent && session.fire.discharging && session.fire.held === agent ? agent : null;
}

/** Replay: the extinguisher in hand is the fold's, while its nozzle samples keep coming. */
function replayedAgent(session: FireSession, timeMs: number): Agent | null {
  const last = session.fire.lastNozzle;
  return session.fire.held && last && timeMs - last.t <= replayHoldMs ? session.fire.held : null;
}

/** The nozzle in a controller's (or hand's) grip, pointing where its ray points: 10 cm along the ray from its origin. */
function xrNozzle(position: readonly number[], quaternion: readonly number[], tip: Vec3, direction: Vec3): void {
  const [x, y, z, wq] = [quaternion[0] ?? 0, quaternion[1] ?? 0, quaternion[2] ?? 0, quaternion[3] ?? 1];
  // -z rotated by the grip's quaternion
  const dx = -(2 * (x * z + wq * y));
  const dy = -(2 * (y * z - wq * x));
  const dz = -(1 - 2 * (x * x + y * y));
  direction[0] = dx;
  direction[1] = dy;
  direction[2] = dz;
  tip[0] = (position[0] ?? 0) + dx * 0.1;
  tip[1] = (position[1] ?? 0) + dy * 0.1;
  tip[2] = (position[2] ?? 0) + dz * 0.1;
}

function placeReplayCamera(camera: Camera): void {
  camera.position.set(...replayCamera.eye);
  camera.lookAt(...replayCamera.look);
  if ('isPerspectiveCamera' in camera && camera.isPerspectiveCamera) {
    const perspective = camera as PerspectiveCamera;
    if (perspective.fov !== replayCamera.fov) {
      perspective.fov = replayCamera.fov;
      perspective.updateProjectionMatrix();
    }
  }
}
