// The electrical-isolation workshop view: a training rig with the distribution board and the
// faulty socket-outlet, a bench of tools, and the live circuit as the server's own fold derives
// it. Every action goes through the kit's targets and tools (mouse, controller ray/grab, hand
// poke/pinch alike), is recorded, and is folded with applyInstallationEvent.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useTranslation } from 'react-i18next';
import { Color } from 'three';
import type { Camera, Mesh, PerspectiveCamera } from 'three';
import {
  ChecklistPanel3D,
  InteractionProvider,
  Label3D,
  addMeteredTime,
  createInteraction,
  isKeyboardControl,
  primaryPointerIsCoarse,
  runBuildSteps,
  useOverlayContent,
  useWorkshopRuntime,
  workshopLanguage,
  workshopLogicPriority,
  workshopOverlayInsets,
} from '../../../client/workshop/kit';
import type { WorkshopSceneProps } from '../../../client/workshop/kit';
import type { ActionData } from '../events';
import { buildBoard, buildRoom, buildSocketParts, buildTools } from './models';
import type { ElectricalModels } from './models';
import { act, createElectricalSession, cueStep, noticeAfter, notify, createSessionReplayer, setTorque, torqueSettingRange } from './session';
import type { NoticeId } from './session';
import { colouredMaterial } from './shapes';
import { Board } from './Board';
import { Socket } from './Socket';
import { Tools } from './Tools';
import { Sparks } from './Sparks';
import { ElectricalOverlay } from './Overlay';
import { checklistItems } from './checklistItems';
import { electricalTestState } from './testState';
import { fitRigCamera, rigViewTarget } from './camera';
import { checklistPanel, socket } from './layout';
import { electricalText, noticeText } from './strings';
import type { ElectricalWorkshop } from './workshop';

export default function ElectricalIsolationView(props: WorkshopSceneProps) {
  const runtime = useWorkshopRuntime();
  const { gl, scene, camera, size } = useThree();
  const { i18n } = useTranslation();
  const language = workshopLanguage(i18n.language);
  const replay = props.replay;
  const [models, setModels] = useState<ElectricalModels | null>(null);
  // A replay shows the reviewer the practice cues whatever the attempt's mode.
  const session = useMemo(() => createElectricalSession(replay ? 'practice' : props.mode), [replay, props.mode]);
  const replayer = useMemo(() => replay && createSessionReplayer(session, replay.events), [replay, session]);
  const interaction = useMemo(createInteraction, []);
  const [, setShownVersion] = useState(0);
  const shown = useRef(-1);
  const room = useRef<Mesh>(null);
  const frames = useRef(0);
  const wasPresenting = useRef(false);
  const practice = session.mode === 'practice';

  useEffect(() => {
    let cancelled = false;
    const built: Partial<ElectricalModels> = {};
    void runBuildSteps(
      runtime.progress,
      [
        ['room', () => Object.assign(built, buildRoom())],
        ['board', () => Object.assign(built, buildBoard())],
        ['socket', () => Object.assign(built, buildSocketParts())],
        ['tools', () => {
          Object.assign(built, buildTools());
          setModels(built as ElectricalModels);
        }],
      ],
      () => cancelled,
    );
    return () => {
      cancelled = true;
    };
  }, [runtime]);

  useEffect(() => {
    scene.background = new Color('#1d2226');
    return () => {
      scene.background = null;
    };
  }, [scene]);

  useEffect(() => {
    if (models && !runtime.view.presenting) placeDesktopCamera(camera, size.width, size.height);
  }, [models, camera, size.width, size.height, runtime]);

  useEffect(() => {
    runtime.sceneTestState = () => electricalTestState(session, interaction, camera, gl.domElement);
    return () => {
      runtime.sceneTestState = null;
    };
  }, [runtime, session, interaction, camera, gl]);

  // Desktop: the mouse wheel and + / − set the torque screwdriver while it is held.
  useEffect(() => {
    if (replay) return;
    const nudge = (delta: number) => interaction.hold.held?.id === 'screwdriver' && (setTorque(session, session.torqueNm + delta), true);
    const onKey = (event: KeyboardEvent) => {
      if (isKeyboardControl(event.target)) return;
      if (event.key === '+' || event.key === '=' || event.code === 'NumpadAdd') nudge(torqueSettingRange.step);
      if (event.key === '-' || event.code === 'NumpadSubtract') nudge(-torqueSettingRange.step);
    };
    const onWheel = (event: WheelEvent) => {
      if (nudge(event.deltaY < 0 ? torqueSettingRange.step : -torqueSettingRange.step)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    gl.domElement.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      window.removeEventListener('keydown', onKey);
      gl.domElement.removeEventListener('wheel', onWheel);
    };
  }, [replay, interaction, session, gl]);

  const w: ElectricalWorkshop | null = models && {
    session,
    models,
    language,
    interactive: !replay,
    act: (data: ActionData) => {
      if (replay) return;
      act(session, props.telemetry, data);
      notify(session, noticeAfter(session, data));
    },
    notice: (id: NoticeId | null) => notify(session, id),
  };

  const cue = cueStep(session);
  const checklist = practice ? checklistItems(cue) : null;
  useOverlayContent(
    !runtime.view.presenting && models ? (
      <ElectricalOverlay session={session} language={language} held={interaction.hold.held?.id ?? null} checklist={checklist} cue={cue} replay={replay !== undefined} onChange={() => undefined} />
    ) : null,
  );

  useFrame((state) => {
    if (!models) return;
    const started = performance.now();
    if (replay && replayer) replayer.seek(replay.clock.timeMs);
    const presenting = runtime.view.presenting;
    if (!presenting && wasPresenting.current) placeDesktopCamera(camera, state.size.width, state.size.height);
    wasPresenting.current = presenting;
    if (room.current) room.current.visible = runtime.view.mode !== 'ar';
    // Re-render only when what the screen shows has changed (an action, a seek, a new setting).
    const version = session.version * 1000 + (interaction.hold.held ? 1 : 0) + (presenting ? 2 : 0);
    if (version !== shown.current) {
      shown.current = version;
      setShownVersion(version);
    }
    addMeteredTime(runtime.meter, performance.now() - started);
    frames.current += 1;
    if (frames.current === 2) props.onReady?.();
  }, workshopLogicPriority);

  if (!models || !w) return null;
  return (
    <InteractionProvider interaction={interaction} onPutBack={() => notify(session, null)}>
      <hemisphereLight args={['#e6edf3', '#3a3128', 0.9]} />
      <directionalLight position={[0.8, 2.6, 1.2]} intensity={1.5} color="#fff6e8" />
      <directionalLight position={[-1.4, 1.6, 0.6]} intensity={0.45} color="#c8dcff" />
      <mesh ref={room} geometry={models.room} material={colouredMaterial} />
      <mesh geometry={models.rig} material={colouredMaterial} />
      <Board w={w} />
      <Socket w={w} />
      <Tools w={w} />
      <Sparks session={session} />
      {practice && <ChecklistPanel3D title={electricalText.checklistTitle} items={checklist ?? []} next={cue} language={language} position={checklistPanel.position} />}
      {runtime.view.presenting && session.notice && (
        <Label3D text={noticeText[session.notice]} language={language} width={0.42} height={0.05} position={[socket.centre[0], socket.centre[1] + 0.16, socket.centre[2] + 0.03]} style={{ background: session.notice === 'liveWarning' ? '#b71c1c' : 'rgba(16,23,29,0.9)' }} />
      )}
    </InteractionProvider>
  );
}

/** The rig in view on this screen, between the overlay's panels (see camera.ts). */
function placeDesktopCamera(camera: Camera, width: number, height: number): void {
  const fit = fitRigCamera(width / height, workshopOverlayInsets(width, height, primaryPointerIsCoarse()));
  camera.position.set(...fit.position);
  camera.lookAt(...rigViewTarget);
  if ('isPerspectiveCamera' in camera && camera.isPerspectiveCamera) {
    const perspective = camera as PerspectiveCamera;
    perspective.fov = fit.fov;
    perspective.updateProjectionMatrix();
  }
}
