// The electrical-isolation event checks: the standard's actions exactly, other types as plain objects.
import { describe, expect, it } from 'vitest';
import { electricalIsolationRules } from '../../../../scenes/electrical-isolation';

const validate = (type: string, data: unknown) => electricalIsolationRules.validateEvent({ seq: 1, t: 0, type, data });

describe('electrical-isolation events', () => {
  it.each([
    { name: 'ppe', item: 'gloves', worn: true },
    { name: 'breaker', circuit: 'main', on: false },
    { name: 'lock', circuit: 'C6', applied: true },
    { name: 'prove' },
    { name: 'test-dead', pair: 'N-E' },
    { name: 'faceplate', removed: true },
    { name: 'touch', part: 'terminal' },
    { name: 'connect', conductor: 'PE', terminal: 'E' },
    { name: 'disconnect', conductor: 'N' },
    { name: 'torque', terminal: 'L', nm: 0.75 },
    { name: 'socket-test' },
  ])('accepts %o', (data) => {
    expect(validate('action', data)).toBeUndefined();
  });

  it.each([
    [{ name: 'zap' }, 'data.name'],
    [{ name: 'breaker', circuit: 'C7', on: false }, 'data.circuit'],
    [{ name: 'ppe', item: 'helmet', worn: true }, 'data.item'],
    [{ name: 'test-dead', pair: 'L-L' }, 'data.pair'],
    [{ name: 'connect', conductor: 'PE', terminal: 'PE' }, 'data.terminal'],
    [{ name: 'torque', terminal: 'L', nm: -1 }, 'data.nm'],
    [{ name: 'torque', terminal: 'L', nm: 25 }, 'data.nm'],
    [{ name: 'prove', extra: 1 }, 'data'],
    [{ name: 'breaker', circuit: 'C3' }, 'data.on'],
  ])('refuses %o, naming %s', (data, field) => {
    expect(validate('action', data)).toMatch(new RegExp(`^action event ${field.replace('.', '\\.')}`));
  });

  it('accepts other types with a plain object and refuses them with anything else', () => {
    expect(validate('ui', { panel: 'help' })).toBeUndefined();
    expect(validate('ui', [1])).toMatch(/^data/);
  });

  it('has no params, and draws none', () => {
    expect(electricalIsolationRules.drawParams(() => 0.5)).toEqual({});
    expect(electricalIsolationRules.paramsSchema.safeParse({}).success).toBe(true);
    expect(electricalIsolationRules.paramsSchema.safeParse({ circuit: 'C3' }).success).toBe(false);
    expect(electricalIsolationRules.measuredParameters).toEqual([]);
  });

  it('names and advises every criterion and critical error in both languages', () => {
    const ids = [...electricalIsolationRules.rubric.criteria.map((c) => c.id), ...electricalIsolationRules.rubric.criticalIds];
    expect(ids).toHaveLength(10);
    for (const id of ids) {
      for (const table of [electricalIsolationRules.names, electricalIsolationRules.advice]) {
        expect(table[id]?.vi, id).toMatch(/\S/);
        expect(table[id]?.en, id).toMatch(/\S/);
      }
    }
    expect(electricalIsolationRules.judgementAspects.map((a) => [a.id, a.max])).toEqual([['workmanship', 10], ['isolation-discipline', 10]]);
    expect(electricalIsolationRules.summary).toMatchObject({ id: 'electrical-isolation', rubricVersion: '1', criteria: [{ id: 'isolation', weight: 40 }, { id: 'connections', weight: 30 }, { id: 'torque', weight: 15 }, { id: 'restore', weight: 15 }] });
  });
});
