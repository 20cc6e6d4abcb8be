import { describe, expect, it } from 'vitest';
import { agents, fireClasses, validateFireExtinguisherEvent } from '../../../../scenes/fire-extinguisher/events';

const validate = (type: string, data: unknown) => validateFireExtinguisherEvent({ seq: 1, t: 0, type, data });
const goodNozzle = { p: [0, 1, -0.5], d: [0, -0.3, -0.954], squeeze: true };

describe('fire-extinguisher events', () => {
  it('names the agents and fire classes of the standard', () => {
    expect(agents).toEqual(['water', 'foam', 'co2', 'powder']);
    expect(fireClasses).toEqual(['A', 'B', 'electrical']);
  });

  it('accepts well-formed alarm, pick, pin and nozzle events', () => {
    expect(validate('alarm', {})).toBeUndefined();
    expect(validate('pin', {})).toBeUndefined();
    for (const agent of agents) expect(validate('pick', { agent })).toBeUndefined();
    expect(validate('nozzle', goodNozzle)).toBeUndefined();
    expect(validate('nozzle', { ...goodNozzle, squeeze: false })).toBeUndefined();
  });

  it('accepts any other type with object data (scoring ignores it), a claimed fire class included', () => {
    expect(validate('variant', { fireClass: 'A' })).toBeUndefined();
    expect(validate('grab', {})).toBeUndefined();
    expect(validate('variant', 'A')).toMatch(/data/);
  });

  it('refuses malformed data, naming the field', () => {
    expect(validate('pick', { agent: 'sand' })).toMatch(/^pick event data\.agent: /);
    expect(validate('pick', {})).toMatch(/^pick event data\.agent: /);
    expect(validate('pick', { agent: 'foam', class: 'B' })).toMatch(/^pick event data: .*class/);
    expect(validate('alarm', { pressed: true })).toMatch(/^alarm event data: /);
    expect(validate('pin', { agent: 'foam' })).toMatch(/^pin event data: /);
    expect(validate('nozzle', { ...goodNozzle, p: [0, 1] })).toMatch(/^nozzle event data\.p: /);
    expect(validate('nozzle', { ...goodNozzle, p: [0, Number.NaN, 1] })).toMatch(/^nozzle event data\.p\[1\]: /);
    expect(validate('nozzle', { ...goodNozzle, squeeze: 'yes' })).toMatch(/^nozzle event data\.squeeze: /);
    expect(validate('nozzle', { p: goodNozzle.p, d: goodNozzle.d })).toMatch(/^nozzle event data\.squeeze: /);
    expect(validate('nozzle', { ...goodNozzle, agent: 'foam' })).toMatch(/^nozzle event data: .*agent/);
  });

  it('wants d within 0.01 of unit length', () => {
    expect(validate('nozzle', { ...goodNozzle, d: [0, -1.0099, 0] })).toBeUndefined();
    expect(validate('nozzle', { ...goodNozzle, d: [0, -0.9901, 0] })).toBeUndefined();
    expect(validate('nozzle', { ...goodNozzle, d: [0, -1.011, 0] })).toMatch(/^nozzle event data\.d: must be a unit vector/);
    expect(validate('nozzle', { ...goodNozzle, d: [0, 0, 0] })).toMatch(/data\.d: must be a unit vector/);
  });
});
