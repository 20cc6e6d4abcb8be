import { describe, expect, it } from 'vitest';
import { OrderedProcedure } from '../../../../scenes/rubric/criteria/orderedProcedure';

describe('OrderedProcedure', () => {
  it('counts steps done in order', () => {
    const procedure = new OrderedProcedure(['off', 'lock', 'prove']);
    expect(procedure.complete('off', 10)).toBe(true);
    expect(procedure.complete('lock', 20)).toBe(true);
    expect(procedure.score()).toBeCloseTo(2 / 3, 15);
    expect(procedure.nextStep).toBe('prove');
    expect(procedure.completedAtT(1)).toBe(20);
  });

  it('gives nothing for a step done before the ones it follows, until it is redone in order', () => {
    const procedure = new OrderedProcedure(['off', 'lock', 'prove']);
    expect(procedure.complete('lock', 1)).toBe(false);
    expect(procedure.complete('prove', 2)).toBe(false);
    expect(procedure.score()).toBe(0);
    procedure.complete('off', 3);
    procedure.complete('prove', 4); // still early: lock is next
    expect(procedure.completedSteps).toBe(1);
    procedure.complete('lock', 5);
    procedure.complete('prove', 6);
    expect(procedure.score()).toBe(1);
    expect(procedure.nextStep).toBeUndefined();
  });

  it('lets one action serve two steps through distinct step ids (prove, test, prove again)', () => {
    const procedure = new OrderedProcedure(['prove', 'test-dead', 'prove-again']);
    const prove = (t: number) => procedure.complete(procedure.nextStep === 'prove-again' ? 'prove-again' : 'prove', t);
    expect(prove(1)).toBe(true);
    expect(prove(2)).toBe(false); // a second prove before testing earns nothing
    procedure.complete('test-dead', 3);
    expect(prove(4)).toBe(true);
    expect(procedure.score()).toBe(1);
  });

  it('counts nothing once closed', () => {
    const procedure = new OrderedProcedure(['a', 'b']);
    procedure.complete('a', 1);
    procedure.close();
    expect(procedure.complete('b', 2)).toBe(false);
    expect(procedure.isClosed).toBe(true);
    expect(procedure.nextStep).toBeUndefined();
    expect(procedure.score()).toBe(0.5);
  });
});
