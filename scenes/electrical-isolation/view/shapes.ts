// Vertex-coloured merged geometry (every static structure and every tool one mesh with one shared
// material, so the whole workshop stays within a few dozen draw calls): the kit's shape helpers,
// under the short names this view's models use.
export {
  colouredPart as part,
  mergeShapes as merge,
  shapeBox as box,
  shapeCylinder as cylinder,
  shapeSphere as sphere,
  vertexColouredMaterial as colouredMaterial,
} from '../../../client/workshop/kit';
export type { ShapeVec3 as V3 } from '../../../client/workshop/kit';
