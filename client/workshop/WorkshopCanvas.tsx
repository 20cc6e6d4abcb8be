// The 3D workshop: an R3F canvas with the XR store (VR, AR, controllers, hands), desktop input,
// the runtime loop, the scene's view, a loading screen with real progress and the test hook.
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Canvas, useFrame } from '@react-three/fiber';
import { XR, createXRStore } from '@react-three/xr';
import type { XRStore } from '@react-three/xr';
import { useTranslation } from 'react-i18next';
import type { WebGLRenderer } from 'three';
import type { ReplayClock, WorkshopSceneProps } from './contract';
import { advanceReplayClock } from './replayClock';
import { sceneView } from './sceneViews';
import { publishTestState } from '../testHook';
import { WorkshopRuntimeContext } from './runtime/RuntimeContext';
import { RuntimeLoop } from './runtime/RuntimeLoop';
import { ARPlacement } from './runtime/ARPlacement';
import { LoadingScreen } from './runtime/LoadingScreen';
import { XRButtons } from './runtime/XRButtons';
import { WorkshopControllerModel, WorkshopHandModel } from './runtime/XRInputModels';
import { countGeometry, xrInputProfilesBase } from './runtime/controllerModels';
import { attachDesktopInput } from './runtime/desktopInput';
import { averageFrameMs } from './runtime/frameMeter';
import { createWorkshopRuntime } from './runtime/workshopRuntime';
import { hitTestAvailable, installXREmulationIfRequested } from './runtime/xrEmulation';
import { workshopLanguage, workshopText } from './runtime/strings';

interface GraphicsProbe {
  webgl: boolean;
  /** A CPU rasteriser (SwiftShader, llvmpipe): a classroom PC without GPU drivers, or headless CI. */
  software: boolean;
}

/** Probes WebGL2 once, before the canvas exists, to pick a quality the machine can carry. */
function probeGraphics(): GraphicsProbe {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { webgl: false, software: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl: true, software: /swiftshader|llvmpipe|softpipe|software/i.test(renderer) };
  } catch {
    return { webgl: false, software: false };
  }
}

/** Moves a replay's clock on, first thing each frame, so the view shows the new time in the same frame. */
function ReplayClockDriver({ clock }: { clock: ReplayClock }) {
  useFrame((_state, delta) => advanceReplayClock(clock, delta), -4);
  return null;
}

function createWorkshopXRStore(): XRStore {
  return createXRStore({
    // Tests install IWER themselves (?xr=emulate); two emulators would collide.
    emulate: false,
    controller: WorkshopControllerModel,
    hand: WorkshopHandModel,
    transientPointer: false,
    gaze: false,
    screenInput: false,
    // Emulated headsets hit-test only inside a scanned room (?xr=emulate&room=...).
    hitTest: hitTestAvailable(),
    handTracking: true,
    domOverlay: true,
    // Controller layouts and models come from the server itself (assets/public/xr-input-profiles),
    // not the CDN @react-three/xr defaults to, which the CSP refuses and a college network may not reach.
    baseAssetPath: xrInputProfilesBase(),
  });
}

/**
 * `overlay`: page content over the canvas; `hud`: the page's 3D content inside the runtime
 * (outside the scene's root, e.g. a head-locked HeadsUpTimer), whatever the scene.
 */
export function WorkshopCanvas(props: WorkshopSceneProps & { overlay?: ReactNode; hud?: ReactNode }) {
  const { overlay, hud, ...sceneProps } = props;
  const { i18n } = useTranslation();
  const language = workshopLanguage(i18n.language);
  const runtime = useMemo(createWorkshopRuntime, []);
  const [store, setStore] = useState<XRStore | null>(null);
  const [ready, setReady] = useState(false);
  const [graphics] = useState(probeGraphics);
  const hasWebGL = graphics.webgl;
  const container = useRef<HTMLDivElement>(null);
  const overlayLayer = useRef<HTMLDivElement>(null);
  const renderer = useRef<WebGLRenderer | null>(null);
  const View = sceneView(props.sceneId);

  useEffect(() => {
    let live = true;
    // The store asks navigator.xr what it supports when created: emulation must be in first.
    void installXREmulationIfRequested().then(() => live && setStore(createWorkshopXRStore()));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => () => store?.destroy(), [store]);

  useEffect(() => {
    runtime.requestFinish = props.onFinish;
  }, [runtime, props.onFinish]);

  useEffect(() => {
    runtime.overlayElement = overlayLayer.current;
    if (!container.current) return;
    return attachDesktopInput(runtime.desktop, container.current);
  }, [runtime]);

  useEffect(
    () =>
      publishTestState('workshop', () => {
        const info = renderer.current?.info.render;
        return {
          ready: runtime.ready,
          mode: runtime.view.mode,
          presenting: runtime.view.presenting,
          placement: { placed: runtime.view.placed, surface: runtime.view.surface, origin: runtime.root.position.toArray() },
          renderer: { drawCalls: info?.calls ?? 0, triangles: info?.triangles ?? 0 },
          frame: { count: runtime.meter.count, cpuMsAvg: averageFrameMs(runtime.meter) },
          controllers: (store?.getState().inputSourceStates ?? []).flatMap((input) =>
            input.type === 'controller' ? [{ handedness: input.inputSource.handedness, model: input.layout.assetPath, ...countGeometry(input.object) }] : [],
          ),
          ...runtime.sceneTestState?.(),
        };
      }),
    [runtime, store],
  );

  const onSceneReady = () => {
    runtime.ready = true;
    setReady(true);
    props.onReady?.();
  };

  return (
    <div ref={container} className="workshop-canvas" style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden', background: '#10171d', touchAction: 'none' }}>
      {!hasWebGL || !View ? (
        <div role="alert" data-testid="workshop-unavailable" style={{ color: '#fff', padding: 24 }}>
          {hasWebGL ? `${workshopText('noSceneView', language)} (${props.sceneId})` : workshopText('noWebGL', language)}
        </div>
      ) : (
        store && (
          <Canvas
            camera={{ fov: 50, near: 0.02, far: 50, position: [0, 1.4, 0.15] }}
            // On a software rasteriser every pixel costs CPU (fill-bound: 4x fewer pixels ran 3.5x faster):
            // one sample per pixel and a slightly lower resolution keep the workshop usable.
            dpr={graphics.software ? 0.75 : [1, 2]}
            gl={{ antialias: !graphics.software, powerPreference: 'high-performance' }}
            onCreated={(state) => {
              renderer.current = state.gl;
            }}
          >
            <XR store={store}>
              <WorkshopRuntimeContext.Provider value={runtime}>
                <RuntimeLoop />
                {props.replay && <ReplayClockDriver clock={props.replay.clock} />}
                <ARPlacement />
                {hud}
                <primitive object={runtime.root}>
                  <Suspense fallback={null}>
                    <View {...sceneProps} onReady={onSceneReady} />
                  </Suspense>
                </primitive>
              </WorkshopRuntimeContext.Provider>
            </XR>
          </Canvas>
        )
      )}
      <div ref={overlayLayer} style={{ position: 'absolute', inset: 0, pointerEvents: 'none', zIndex: 2 }} />
      {store && <XRButtons store={store} language={language} />}
      {overlay}
      <LoadingScreen runtime={runtime} language={language} visible={hasWebGL && View !== undefined && !ready} />
    </div>
  );
}
