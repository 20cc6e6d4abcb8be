// Interaction primitives for scene views, built on @react-three/xr's pointer events (mouse, touch,
// controller rays and grabs, hand pokes and pinches alike): targets, tools that snap, per-object
// state machines, the practice checklist, in-world labels, and the target registry tests read.
export * from './stateMachine';
export * from './snap';
export * from './targetRegistry';
export * from './holdState';
export * from './pressEvent';
export * from './context';
export * from './Target';
export * from './Tool';
export * from './Label3D';
export * from './checklist';
export * from './Checklist';
