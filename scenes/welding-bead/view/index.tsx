// The welding-bead workshop view: a welding booth with the coupon at the standard's coordinates,
// the MIG torch, helmet and gloves, the bead, arc and sparks, and in practice mode live cues and
// a ghost of the ideal torch. Logic lives in plain modules; this file wires them to the frame.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useTranslation } from 'react-i18next';
import { Color, MeshBasicMaterial, Quaternion, Vector3 } from 'three';
import type { Camera, Group, Object3D, PerspectiveCamera } from 'three';
import type { WorkshopSceneProps } from '../../../client/workshop/kit';
import { addMeteredTime, declareKeyActions, primaryPointerIsCoarse, runBuildSteps, toggleReplayClock, useWorkshopRuntime, workshopLanguage, workshopLogicPriority, workshopOverlayInsets } from '../../../client/workshop/kit';
import { idealTorchPose } from '../tolerances';
import { seamEndX, seamStartX } from '../geometry';
import type { WeldingAssets } from './assets';
import { gloveMaterials, helmetMaterials, weldingAssetSteps } from './assets';
import { createBenchPhysics } from './benchPhysics';
import { createBenchInteraction, updateBenchXR } from './benchInteraction';
import { updateBenchDesktop } from './benchDesktop';
import { createWeldingSession } from './weldingSession';
import { weldingKeyActions } from './weldingKeys';
import { createWeldingReplayer } from './replay';
import { ArcAndSparks, Bead } from './WeldingEffects';
import { TorchMeshes } from './TorchMeshes';
import { torchHalfExtents, torchLinkPoseFromTip } from './torchModel';
import { glovesHalfExtents, helmetHalfExtents } from './ppeModels';
import { useDesktopOverlay } from './DesktopOverlay';
import { CuePanel3D } from './CuePanel3D';
import { weldingText } from './strings';
import { weldingTestState } from './testState';
import { createSafetyMonitor, resetSafetyMonitor, updateSafetyMonitor } from './safetyWarning';
import { useSafetyAlertOverlay } from './SafetyAlert';
import { SafetyPanel3D } from './SafetyPanel3D';
import { HelmetLens } from './HelmetLens';
import { helmetLens } from './helmetLens';
import { benchViewTarget, fitBenchCamera } from './benchCamera';

// The room around the bench, and the bench's frame: hidden in AR, where the bench top stands on a real table.
const roomParts = new Set(['floor', 'wall', 'curtain', 'machine', 'cylinderGreen', 'red', 'wood', 'frame', 'floorMarking', 'machineRubber', 'machineBrass']);
const ghostPosition = new Vector3();
const ghostQuaternion = new Quaternion();

export default function WeldingBeadView(props: WorkshopSceneProps) {
  const runtime = useWorkshopRuntime();
  const { gl, scene, camera, size } = useThree();
  const { i18n } = useTranslation();
  const language = workshopLanguage(i18n.language);
  const [assets, setAssets] = useState<WeldingAssets | null>(null);
  const replay = props.replay;
  // A replay shows practice cues and bead colours whatever the attempt's mode: the reviewer's view.
  const session = useMemo(
    () => createWeldingSession(props.telemetry, replay ? 'practice' : props.mode, replay ? () => replay.clock.timeMs : undefined),
    [props.telemetry, props.mode, replay],
  );
  const replayer = useMemo(() => (replay ? createWeldingReplayer(session, replay.events) : null), [replay, session]);
  const bench = useMemo(() => createBenchInteraction(createBenchPhysics(runtime.physics)), [runtime]);
  const previousGrab = useRef({ left: false, right: false });
  const room = useRef<Group>(null);
  const ghost = useRef<Group>(null);
  const frames = useRef(0);
  const wasPresenting = useRef(false);
  const practice = session.mode === 'practice';
  const replayFire = useRef(false);
  // Practice: the PPE warning, from the frame the arc is struck without helmet or gloves (one per session).
  const safety = useMemo(() => ({ session, monitor: createSafetyMonitor(), applied: 0 }), [session]);

  useEffect(() => {
    let cancelled = false;
    const sign = weldingText.sign[language].split('|');
    void runBuildSteps(runtime.progress, weldingAssetSteps(gl, sign, setAssets), () => cancelled);
    return () => {
      cancelled = true;
    };
    // Built once per mount; a language switch does not rebuild the booth.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gl, runtime]);

  // The runtime listens to these keys only while the bench is mounted (a replay too: Space stays off the page's scroll).
  useEffect(() => declareKeyActions(runtime.desktop, weldingKeyActions), [runtime]);

  useEffect(() => {
    if (!assets) return;
    scene.environment = assets.environment;
    scene.environmentIntensity = 0.55;
    scene.background = new Color('#1a1d20');
    return () => {
      scene.environment = null;
      scene.background = null;
    };
  }, [assets, scene]);

  // Fitted to the screen's shape on arrival and on every resize or turn of a phone.
  useEffect(() => {
    if (assets && !runtime.view.presenting) placeDesktopCamera(camera, size.width, size.height);
  }, [assets, camera, size.width, size.height, runtime]);

  useEffect(() => {
    runtime.sceneTestState = () => ({
      ...weldingTestState(session, bench, camera, gl.domElement),
      safetyWarning: safety.monitor.warning && { ...safety.monitor.warning, inHeadset: safety.monitor.inHeadset },
      helmetLens: { shade: helmetLens(session.ppe.helmet, session.torch.burning).shade, exposure: gl.toneMappingExposure },
    });
    return () => {
      runtime.sceneTestState = null;
    };
  }, [runtime, session, bench, camera, gl, safety]);

  useDesktopOverlay(runtime, session, bench, replay !== undefined);
  // Live practice only: a replay's reviewer has the PPE status and the report's critical errors.
  useSafetyAlertOverlay(runtime, safety.monitor, practice && !replay);

  useFrame((state) => {
    if (!assets) return;
    const started = performance.now();
    // Input is sampled on the frame's own time (the XR frame's in a headset), not this moment.
    const now = runtime.frameTimeMs;
    const presenting = runtime.view.presenting;
    if (replay && replayer) {
      // In the headset a trigger press plays or pauses; the page's controls do the rest.
      const fire = (runtime.xr.right.connected && runtime.xr.right.fire) || (runtime.xr.left.connected && runtime.xr.left.fire);
      if (fire && !replayFire.current) toggleReplayClock(replay.clock);
      replayFire.current = fire;
      replayer.seek(replay.clock.timeMs);
      showReplayedBench(bench, session);
      if (!presenting && wasPresenting.current) placeDesktopCamera(camera, state.size.width, state.size.height);
    } else if (presenting) updateBenchXR(runtime, bench, session, now, previousGrab.current);
    else {
      if (wasPresenting.current) placeDesktopCamera(camera, state.size.width, state.size.height);
      updateBenchDesktop(runtime, bench, session, state.camera, now);
    }
    wasPresenting.current = presenting;
    if (replayer && replayer.applied < safety.applied) resetSafetyMonitor(safety.monitor);
    safety.applied = replayer?.applied ?? 0;
    updateSafetyMonitor(safety.monitor, session);
    if (room.current) room.current.visible = runtime.view.mode !== 'ar';
    if (ghost.current) {
      const x = session.torch.held ? Math.min(seamEndX, Math.max(seamStartX, session.torch.workPoint[0])) : seamStartX;
      const pose = idealTorchPose(x);
      torchLinkPoseFromTip(pose.p, pose.d, ghostPosition, ghostQuaternion);
      ghost.current.position.copy(ghostPosition);
      ghost.current.quaternion.copy(ghostQuaternion);
    }
    addMeteredTime(runtime.meter, performance.now() - started);
    frames.current += 1;
    if (frames.current === 2) props.onReady?.();
  }, workshopLogicPriority);

  if (!assets) return null;
  const link = (id: 'torch' | 'helmet' | 'gloves') => (object: Object3D | null) => {
    bench.items[id].object = object;
    if (object) {
      const body = bench.items[id].body;
      object.position.set(body.position.x, body.position.y, body.position.z);
      object.quaternion.set(body.quaternion.x, body.quaternion.y, body.quaternion.z, body.quaternion.w);
    }
  };
  return (
    <>
      <hemisphereLight args={['#dfe8f0', '#3a3128', 0.6]} />
      <directionalLight position={[0.6, 2.4, 0.8]} intensity={1.6} color="#fff4e0" />
      <directionalLight position={[-1.2, 1.8, -0.2]} intensity={0.5} color="#bcd4ff" />
      <group ref={room}>
        {assets.booth.filter((b) => roomParts.has(b.part)).map((b) => <mesh key={b.part} geometry={b.geometry} material={b.material} />)}
        <mesh position={[0.45, 1.55, -1.32]}>
          <planeGeometry args={[0.32, 0.32]} />
          <meshStandardMaterial map={assets.sign} roughness={0.7} />
        </mesh>
      </group>
      {assets.booth.filter((b) => !roomParts.has(b.part)).map((b) => <mesh key={b.part} geometry={b.geometry} material={b.material} />)}
      <group ref={link('torch')}>
        <PickProxy halfExtents={torchHalfExtents} />
        <TorchMeshes geometry={assets.torch} materials={assets.torchMaterials} />
      </group>
      <group ref={link('helmet')}>
        <PickProxy halfExtents={helmetHalfExtents} />
        <mesh geometry={assets.helmet.shell} material={helmetMaterials.shell} />
        <mesh geometry={assets.helmet.lens} material={helmetMaterials.lens} />
        <mesh geometry={assets.helmet.band} material={helmetMaterials.band} />
      </group>
      <group ref={link('gloves')}>
        <PickProxy halfExtents={glovesHalfExtents} />
        <mesh geometry={assets.gloves.leather} material={gloveMaterials.leather} />
        <mesh geometry={assets.gloves.cuff} material={gloveMaterials.cuff} />
      </group>
      {practice && (
        <group ref={ghost}>
          <TorchMeshes geometry={assets.torch} materials={ghostMaterial} />
        </group>
      )}
      <Bead session={session} />
      <ArcAndSparks session={session} />
      {practice && <CuePanel3D session={session} language={language} />}
      {practice && !replay && <SafetyPanel3D monitor={safety.monitor} language={language} holder={() => (['right', 'left'] as const).find((side) => bench.grabs[side].link === bench.items.torch) ?? null} />}
      <HelmetLens session={session} />
    </>
  );
}

const ghostMaterial = new MeshBasicMaterial({ color: '#7fd7ff', transparent: true, opacity: 0.28, depthWrite: false });

const replayPosition = new Vector3();
const replayQuaternion = new Quaternion();

/** Replay: the torch where the log holds it (physics keeps it on the bench otherwise), PPE worn or not. */
function showReplayedBench(bench: ReturnType<typeof createBenchInteraction>, session: ReturnType<typeof createWeldingSession>): void {
  const torch = bench.items.torch;
  torch.held = session.torch.held;
  if (session.torch.held && torch.object) {
    torchLinkPoseFromTip(session.torch.p, session.torch.d, replayPosition, replayQuaternion);
    torch.object.position.copy(replayPosition);
    torch.object.quaternion.copy(replayQuaternion);
  }
  if (bench.items.helmet.object) bench.items.helmet.object.visible = !session.ppe.helmet;
  if (bench.items.gloves.object) bench.items.gloves.object.visible = !session.ppe.gloves;
}

/** The bench in view on this screen, between the overlay's panels (see benchCamera.ts). */
function placeDesktopCamera(camera: Camera, width: number, height: number): void {
  const fit = fitBenchCamera(width / height, workshopOverlayInsets(width, height, primaryPointerIsCoarse()));
  camera.position.set(...fit.position);
  camera.lookAt(...benchViewTarget);
  if ('isPerspectiveCamera' in camera && camera.isPerspectiveCamera) {
    const perspective = camera as PerspectiveCamera;
    perspective.fov = fit.fov;
    perspective.updateProjectionMatrix();
  }
}

/** An invisible box the size of the item's physics body: a click anywhere on the item picks it. */
function PickProxy({ halfExtents }: { halfExtents: readonly [number, number, number] }) {
  return (
    <mesh visible={false}>
      <boxGeometry args={[halfExtents[0] * 2, halfExtents[1] * 2, halfExtents[2] * 2]} />
    </mesh>
  );
}
