// The torch's meshes (shared by the real torch and the translucent ghost guide).
import type { Material } from 'three';
import type { TorchGeometry } from './torchModel';

export function TorchMeshes({ geometry, materials }: { geometry: TorchGeometry; materials: Record<keyof TorchGeometry, Material> | Material }) {
  const pick = (part: keyof TorchGeometry) => ('isMaterial' in materials ? materials : materials[part]) as Material;
  return (
    <>
      <mesh geometry={geometry.copper} material={pick('copper')} />
      <mesh geometry={geometry.nozzle} material={pick('nozzle')} />
      <mesh geometry={geometry.body} material={pick('body')} />
      <mesh geometry={geometry.trigger} material={pick('trigger')} />
    </>
  );
}
