// Controllers and hands as the headset shows them. Controllers: the real glTF models of the
// WebXR input profiles, served locally (controllerModels.ts): @react-three/xr's own model, whose
// buttons and sticks move, where the controller's model is shipped; the generic controller's
// otherwise. While a model loads, or if it cannot, a plain block stands in. Hands: a block.
// Beside the models, @react-three/xr's own pointers, which a custom model would otherwise drop:
// controllers get a ray (trigger) and a grab sphere (squeeze), hands a poke (index tip) and a
// pinch grab, combined so only the nearest acts; they feed the same onClick/onPointer* handlers
// a mouse does (kit/interaction). Welding's own grab (grab.ts) reads the XR frame and is unaffected.
// Controllers also carry @react-three/xr's teleport arc (trigger): it only ever lands on a scene's
// TeleportFloor (XRLocomotion.tsx), so a scene without one never sees it; a hand the scene has
// blocked (holding a tool whose trigger is its own) shows no arc.
import { Component, Suspense, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useLoader } from '@react-three/fiber';
import {
  CombinedPointer,
  DefaultXRControllerGrabPointer,
  DefaultXRHandGrabPointer,
  DefaultXRHandTouchPointer,
  DefaultXRInputSourceRayPointer,
  DefaultXRInputSourceTeleportPointer,
  XRControllerModel,
  XRSpace,
  useXRInputSourceStateContext,
} from '@react-three/xr';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { chooseControllerModel, xrInputProfilesBase } from './controllerModels';
import { teleportBlocked } from './locomotion';

function ControllerBlock() {
  return (
    <XRSpace space="grip-space">
      <mesh position={[0, -0.01, 0.03]}>
        <boxGeometry args={[0.035, 0.05, 0.11]} />
        <meshStandardMaterial color="#2b2b2b" roughness={0.6} />
      </mesh>
    </XRSpace>
  );
}

/** A model that fails to load (a server without it, a broken file) leaves the block, not a broken canvas. */
class ModelBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The generic controller's model, still: for controllers whose own model is not shipped. */
function GenericControllerModel({ url }: { url: string }) {
  const state = useXRInputSourceStateContext('controller');
  const gltf = useLoader(GLTFLoader, url);
  const model = useMemo(() => gltf.scene.clone(true), [gltf]);
  state.object = model;
  return (
    <XRSpace space="grip-space">
      <primitive object={model} />
    </XRSpace>
  );
}

export function WorkshopControllerModel() {
  const state = useXRInputSourceStateContext('controller');
  const choice = chooseControllerModel(state.layout.assetPath, state.inputSource.handedness, xrInputProfilesBase());
  return (
    <>
      <ModelBoundary fallback={<ControllerBlock />}>
        <Suspense fallback={<ControllerBlock />}>{choice.own ? <XRControllerModel /> : <GenericControllerModel url={choice.url} />}</Suspense>
      </ModelBoundary>
      <CombinedPointer>
        <DefaultXRControllerGrabPointer />
        {/* as @react-three/xr's default controller: the ray acts beyond 20 cm, the grab sphere nearer */}
        <DefaultXRInputSourceRayPointer makeDefault minDistance={0.2} />
        <DefaultXRInputSourceTeleportPointer filter={() => !teleportBlocked[state.inputSource.handedness === 'left' ? 'left' : 'right']} />
      </CombinedPointer>
    </>
  );
}

export function WorkshopHandModel() {
  return (
    <>
      <XRSpace space="grip-space">
        <mesh>
          <boxGeometry args={[0.08, 0.025, 0.1]} />
          <meshStandardMaterial color="#c9a27a" roughness={0.8} />
        </mesh>
      </XRSpace>
      {/* Not combined: both sit at the index tip, where a combined pointer lets the grab sphere shadow the poke. */}
      <DefaultXRHandGrabPointer />
      <DefaultXRHandTouchPointer />
    </>
  );
}
