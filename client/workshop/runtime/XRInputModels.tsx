// Procedural stand-ins for controllers and hands: the default models come from a CDN, and the
// workshop must work offline. Rendered by @react-three/xr inside each input source's space.
import { XRSpace } from '@react-three/xr';

export function WorkshopControllerModel() {
  return (
    <XRSpace space="grip-space">
      <mesh position={[0, -0.01, 0.03]}>
        <boxGeometry args={[0.035, 0.05, 0.11]} />
        <meshStandardMaterial color="#2b2b2b" roughness={0.6} />
      </mesh>
    </XRSpace>
  );
}

export function WorkshopHandModel() {
  return (
    <XRSpace space="grip-space">
      <mesh>
        <boxGeometry args={[0.08, 0.025, 0.1]} />
        <meshStandardMaterial color="#c9a27a" roughness={0.8} />
      </mesh>
    </XRSpace>
  );
}
