import { describe, expect, it } from 'vitest';
import { act, createElectricalSession, cueStep, noticeAfter, notify, createSessionReplayer, setTorque } from '../../../../../scenes/electrical-isolation/view/session';
import { checklistItems } from '../../../../../scenes/electrical-isolation/view/checklistItems';
import { createInstallation } from '../../../../../scenes/electrical-isolation/installation';

const recorded: { type: string; data: Record<string, unknown> }[] = [];
const telemetry = { record: (type: string, data: Record<string, unknown>) => void recorded.push({ type, data }) };

describe('the electrical view session', () => {
  it('records each action as the standard’s event and folds it with the rules’ own fold', () => {
    recorded.length = 0;
    const session = createElectricalSession('practice');
    act(session, telemetry, { name: 'breaker', circuit: 'C3', on: false });
    act(session, telemetry, { name: 'test-dead', pair: 'L-N' });
    expect(recorded).toEqual([
      { type: 'action', data: { name: 'breaker', circuit: 'C3', on: false } },
      { type: 'action', data: { name: 'test-dead', pair: 'L-N' } },
    ]);
    expect(session.installation.live).toBe(false);
    expect(session.installation.testedDead['L-N']).toBe(true);
    expect(session.tester).toEqual({ volts: 0, at: 'L-N' });
  });

  it('shows 230 V when testing a live socket, and sparks when a live conductor is touched', () => {
    const session = createElectricalSession('practice');
    act(session, null, { name: 'test-dead', pair: 'L-E' }, 1000);
    expect(session.tester.volts).toBe(230);
    act(session, null, { name: 'touch', part: 'L' }, 2000);
    expect(session.spark).toEqual({ at: 'conductor', timeMs: 2000 });
    act(session, null, { name: 'breaker', circuit: 'main', on: false }, 3000);
    act(session, null, { name: 'touch', part: 'N' }, 4000);
    expect(session.spark?.timeMs).toBe(2000);
  });

  it('keeps the live warning while the circuit is live, through the disconnect that follows the touch', () => {
    const session = createElectricalSession('practice');
    act(session, null, { name: 'touch', part: 'L' }, 1000);
    notify(session, noticeAfter(session, { name: 'touch' }));
    expect(session.notice).toBe('liveWarning');
    act(session, null, { name: 'disconnect', conductor: 'L' }, 1010);
    notify(session, noticeAfter(session, { name: 'disconnect' }));
    expect(session.notice).toBe('liveWarning');
    act(session, null, { name: 'breaker', circuit: 'main', on: false }, 2000);
    notify(session, noticeAfter(session, { name: 'breaker' }));
    expect(session.notice).toBeNull();
    act(session, null, { name: 'touch', part: 'N' }, 3000);
    expect(noticeAfter(session, { name: 'touch' })).toBeNull();
  });

  it('replays a log to any time, seeking back by folding again from the start', () => {
    const log = [
      { t: 100, type: 'action', data: { name: 'breaker', circuit: 'C3', on: false } },
      { t: 200, type: 'sample', data: { x: 1 } },
      { t: 300, type: 'action', data: { name: 'lock', circuit: 'C3', applied: true } },
    ];
    const session = createElectricalSession('exam');
    const replayer = createSessionReplayer(session, log);
    replayer.seek(350);
    expect(replayer.applied).toBe(3);
    expect(session.installation.locked.C3).toBe(true);
    const version = session.version;
    replayer.seek(350);
    expect(session.version).toBe(version);
    replayer.seek(150);
    expect(session.installation.locked.C3).toBe(false);
    expect(session.installation.breakers.C3).toBe(false);
    replayer.seek(0);
    expect(session.installation).toEqual(createInstallation());
  });

  it('keeps the torque setting on its scale, and gives no cue in an exam', () => {
    const session = createElectricalSession('exam');
    setTorque(session, 0.76);
    expect(session.torqueNm).toBe(0.8);
    setTorque(session, 9);
    expect(session.torqueNm).toBe(2);
    expect(cueStep(session)).toBeNull();
    expect(cueStep(createElectricalSession('practice'))).toBe('switch-off');
  });

  it('ticks the checklist up to the cue', () => {
    const items = checklistItems('prove');
    expect(items.filter((item) => item.done).map((item) => item.id)).toEqual(['switch-off', 'lock']);
    expect(checklistItems(null).every((item) => item.done)).toBe(true);
  });
});
