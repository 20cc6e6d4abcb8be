// A tiny typed state machine for one interactive object (a breaker, a faceplate, a held tool):
// its states, the transitions it allows and what happens on entering a state. Plain TypeScript.

export interface StateMachineSpec<S extends string> {
  initial: S;
  /** For each state, the states it may move to. */
  transitions: { readonly [K in S]: readonly S[] };
  /** Called after entering a state (not for the initial one), with the state left. */
  onEnter?: { readonly [K in S]?: (from: S) => void };
}

export interface StateMachine<S extends string> {
  readonly state: S;
  can(to: S): boolean;
  /** Moves to `to` if allowed (runs its onEnter) and says whether it moved; staying put is not a move. */
  go(to: S): boolean;
  /** Back to the initial state without onEnter (a replay seeking to 0). */
  reset(): void;
}

export function createStateMachine<S extends string>(spec: StateMachineSpec<S>): StateMachine<S> {
  let state = spec.initial;
  return {
    get state() {
      return state;
    },
    can: (to) => spec.transitions[state].includes(to),
    go(to) {
      if (!spec.transitions[state].includes(to)) return false;
      const from = state;
      state = to;
      spec.onEnter?.[to]?.(from);
      return true;
    },
    reset() {
      state = spec.initial;
    },
  };
}
