// The workshop kit: the one public module a scene's view (scenes/<id>/view) imports from client/.
// core.ts: three-only logic (input as scene-declared key actions, physics, grabbing, log replay,
// layout); react.ts: thin React bindings; interaction/: pointer-event primitives. Anything not
// exported here is the runtime's own business; lint refuses a scene view's deep import into client/.
export * from './core';
export * from './react';
export * from './interaction';
