// Everything the booth needs, built in code in steps (so the loading bar shows real progress):
// textures, merged geometries and their materials, and a room environment map for the metals.
import { Color, MeshPhysicalMaterial, MeshStandardMaterial, PMREMGenerator } from 'three';
import type { BufferGeometry, Material, Texture, WebGLRenderer } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import type { BoothPart } from './boothGeometry';
import { buildBoothGeometry } from './boothGeometry';
import { concreteTexture, curtainTexture, signTexture, wallPanelTexture } from './proceduralTextures';
import type { TorchGeometry } from './torchModel';
import { buildTorchGeometry } from './torchModel';
import { buildGlovesGeometry, buildHelmetGeometry } from './ppeModels';

export interface WeldingAssets {
  booth: Array<{ part: BoothPart; geometry: BufferGeometry; material: Material }>;
  torch: TorchGeometry;
  torchMaterials: Record<keyof TorchGeometry, Material>;
  helmet: ReturnType<typeof buildHelmetGeometry>;
  gloves: ReturnType<typeof buildGlovesGeometry>;
  sign: Texture;
  environment: Texture | null;
}

const standard = (color: string, roughness: number, metalness: number, extra: Partial<MeshStandardMaterial> = {}) =>
  Object.assign(new MeshStandardMaterial({ color: new Color(color), roughness, metalness }), extra);

export function weldingAssetSteps(gl: WebGLRenderer, signLines: readonly string[], done: (assets: WeldingAssets) => void): Array<readonly [string, () => void]> {
  const partial: Partial<WeldingAssets> & { textures?: Record<string, Texture> } = {};
  return [
    ['textures', () => {
      partial.textures = { concrete: concreteTexture(), wall: wallPanelTexture(), curtain: curtainTexture() };
      partial.sign = signTexture(signLines);
    }],
    ['booth', () => {
      const t = partial.textures ?? {};
      const geometry = buildBoothGeometry();
      const materials: Record<BoothPart, Material> = {
        floor: standard('#ffffff', 0.92, 0, { map: t.concrete ?? null }),
        wall: standard('#ffffff', 0.7, 0.3, { map: t.wall ?? null }),
        curtain: standard('#ffffff', 0.8, 0, { map: t.curtain ?? null, transparent: true, opacity: 0.82, emissive: new Color('#5a1a00'), emissiveIntensity: 0.25 }),
        darkSteel: standard('#3b4045', 0.55, 0.8),
        frame: standard('#3b4045', 0.55, 0.8),
        brightSteel: standard('#a9b0b6', 0.35, 0.9),
        coupon: standard('#8d949a', 0.45, 0.85),
        machine: standard('#1f5fa8', 0.45, 0.3),
        cylinderGreen: standard('#2f6b3a', 0.4, 0.4),
        rubber: standard('#151515', 0.9, 0),
        red: standard('#c0231b', 0.4, 0.2),
        machineBrass: standard('#b08d3c', 0.3, 0.9),
        machineRubber: standard('#151515', 0.9, 0),
        yellow: standard('#e5b80b', 0.6, 0.1),
        floorMarking: standard('#e5b80b', 0.6, 0.1),
        wood: standard('#8a6a44', 0.8, 0),
      };
      partial.booth = (Object.keys(geometry) as BoothPart[]).map((part) => ({ part, geometry: geometry[part], material: materials[part] }));
    }],
    ['torch', () => {
      partial.torch = buildTorchGeometry();
      partial.torchMaterials = {
        copper: standard('#c46a2f', 0.3, 1),
        nozzle: standard('#c9cdd1', 0.25, 1),
        body: standard('#1c1c1c', 0.6, 0.1),
        trigger: standard('#d7261e', 0.5, 0.1),
      };
    }],
    ['ppe', () => {
      partial.helmet = buildHelmetGeometry();
      partial.gloves = buildGlovesGeometry();
    }],
    ['lighting', () => {
      const generator = new PMREMGenerator(gl);
      const room = new RoomEnvironment();
      partial.environment = generator.fromScene(room, 0.04).texture;
      generator.dispose();
      done(partial as WeldingAssets);
    }],
  ];
}

export const helmetMaterials = {
  shell: standard('#26292c', 0.45, 0.1),
  lens: new MeshPhysicalMaterial({ color: '#0c3b22', roughness: 0.05, metalness: 0.2 }),
  band: standard('#444444', 0.8, 0),
};
export const gloveMaterials = { leather: standard('#b88a55', 0.95, 0), cuff: standard('#8c5a2b', 0.95, 0) };
