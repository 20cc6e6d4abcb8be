// Interaction primitives for scene views, built on @react-three/xr's pointer events (mouse, touch,
// controller rays and grabs, hand pokes and pinches alike): filled in by the scene-kit work.
export {};
