import { describe, expect, it } from 'vitest';
import { createStateMachine } from '../../../../../../client/workshop/kit/interaction/stateMachine';

type Faceplate = 'fitted' | 'loose' | 'removed';

function faceplate(entered: string[]) {
  return createStateMachine<Faceplate>({
    initial: 'fitted',
    transitions: { fitted: ['loose'], loose: ['fitted', 'removed'], removed: ['loose'] },
    onEnter: { removed: (from) => entered.push(`removed from ${from}`), fitted: (from) => entered.push(`fitted from ${from}`) },
  });
}

describe('createStateMachine', () => {
  it('moves only along allowed transitions and runs onEnter with the state left', () => {
    const entered: string[] = [];
    const machine = faceplate(entered);
    expect(machine.state).toBe('fitted');
    expect(machine.can('removed')).toBe(false);
    expect(machine.go('removed')).toBe(false);
    expect(machine.state).toBe('fitted');
    expect(machine.go('loose')).toBe(true);
    expect(machine.go('removed')).toBe(true);
    expect(machine.state).toBe('removed');
    expect(entered).toEqual(['removed from loose']);
  });

  it('does not count staying put as a move, and reset returns to the initial state silently', () => {
    const entered: string[] = [];
    const machine = faceplate(entered);
    expect(machine.go('fitted')).toBe(false);
    machine.go('loose');
    machine.reset();
    expect(machine.state).toBe('fitted');
    expect(entered).toEqual([]);
  });
});
