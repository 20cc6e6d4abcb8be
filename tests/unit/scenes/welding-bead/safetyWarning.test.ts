// Practice mode's PPE warning: shown from the frame the arc is struck without helmet or gloves,
// naming what is missing, kept until it is put on, never in exams — and raised for exactly the
// samples the rubric calls `arc-without-helmet` / `arc-without-gloves`.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../../../../scenes/welding-bead';
import type { SafetyInput, SafetyWarning } from '../../../../scenes/welding-bead/view/safetyWarning';
import { createSafetyMonitor, createUnsafeStrikes, resetSafetyMonitor, updateSafetyMonitor, updateSafetyWarning } from '../../../../scenes/welding-bead/view/safetyWarning';
import { safetyWarningLines } from '../../../../scenes/welding-bead/view/strings';
import type { UnnumberedEvent } from './support/weldLog';
import { numbered, ppe, torch } from './support/weldLog';

const state = (mode: 'practice' | 'exam', arc: boolean, helmet: boolean, gloves: boolean, held = true): SafetyInput => ({
  mode,
  torch: { held, arc },
  ppe: { helmet, gloves },
});

describe('the practice PPE warning', () => {
  it('warns the frame the arc is struck without helmet and gloves, naming both, helmet first', () => {
    const strikes = createUnsafeStrikes();
    expect(updateSafetyWarning(strikes, state('practice', false, false, false))).toBeNull();
    expect(updateSafetyWarning(strikes, state('practice', true, false, false))).toEqual({ missing: ['helmet', 'gloves'], arcOn: true });
  });

  it('names only what is missing', () => {
    expect(updateSafetyWarning(createUnsafeStrikes(), state('practice', true, true, false))).toEqual({ missing: ['gloves'], arcOn: true });
    expect(updateSafetyWarning(createUnsafeStrikes(), state('practice', true, false, true))).toEqual({ missing: ['helmet'], arcOn: true });
    expect(updateSafetyWarning(createUnsafeStrikes(), state('practice', true, true, true))).toBeNull();
  });

  it('stays after the trigger is released until the missing item is put on, item by item', () => {
    const strikes = createUnsafeStrikes();
    updateSafetyWarning(strikes, state('practice', true, false, false));
    expect(updateSafetyWarning(strikes, state('practice', false, false, false))).toEqual({ missing: ['helmet', 'gloves'], arcOn: false });
    expect(updateSafetyWarning(strikes, state('practice', false, true, false))).toEqual({ missing: ['gloves'], arcOn: false });
    expect(updateSafetyWarning(strikes, state('practice', false, true, true))).toBeNull();
    // Taking the helmet off again is no warning until the arc is struck without it.
    expect(updateSafetyWarning(strikes, state('practice', false, false, true))).toBeNull();
  });

  it('does not warn for a trigger pulled with no torch in hand (no torch sample, no critical error)', () => {
    expect(updateSafetyWarning(createUnsafeStrikes(), state('practice', true, false, false, false))).toBeNull();
  });

  it('never warns in an exam, and remembers nothing there', () => {
    const strikes = createUnsafeStrikes();
    expect(updateSafetyWarning(strikes, state('exam', true, false, false))).toBeNull();
    expect(strikes).toEqual({ helmet: false, gloves: false });
  });

  it('the monitor replaces the warning only when it changes, and a replay seeking back forgets it', () => {
    const monitor = createSafetyMonitor();
    updateSafetyMonitor(monitor, state('practice', true, false, true));
    const first = monitor.warning;
    updateSafetyMonitor(monitor, state('practice', true, false, true));
    expect(monitor.warning).toBe(first);
    updateSafetyMonitor(monitor, state('practice', false, false, true));
    expect(monitor.warning).not.toBe(first);
    expect(monitor.warning).toEqual({ missing: ['helmet'], arcOn: false });
    resetSafetyMonitor(monitor);
    expect(monitor.warning).toBeNull();
    updateSafetyMonitor(monitor, state('practice', false, false, true));
    expect(monitor.warning).toBeNull();
  });

  it('says what is missing in Vietnamese and English', () => {
    const [viWhat, viTodo] = safetyWarningLines(['helmet', 'gloves'], true, 'vi');
    expect(viWhat).toContain('đội mặt nạ hàn và đeo găng tay');
    expect(viWhat).toContain('lỗi nghiêm trọng');
    expect(viTodo).toContain('Nhả cò');
    const [enWhat, enTodo] = safetyWarningLines(['gloves'], false, 'en');
    expect(enWhat).toBe('Arc struck without gloves: a critical error (an exam would fail).');
    expect(enTodo).toBe('Put on the gloves before you weld on.');
  });
});

describe('the warning agrees with the rubric', () => {
  type Step = { kind: 'torch'; arc: boolean } | { kind: 'ppe'; item: 'helmet' | 'gloves'; worn: boolean };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('torch' as const), arc: fc.boolean() }),
    fc.record({ kind: fc.constant('ppe' as const), item: fc.constantFrom('helmet' as const, 'gloves' as const), worn: fc.boolean() }),
  );

  // The rubric judges torch samples (PPE taken off mid-arc counts at the next sample), so the
  // two are compared there: the first sample warned about an item is the critical error's t.
  it('warns first about an item at the very torch sample the scorer reports its critical error at', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const events: UnnumberedEvent[] = [];
        const live = { mode: 'practice' as const, torch: { held: true, arc: false }, ppe: { helmet: false, gloves: false } };
        const strikes = createUnsafeStrikes();
        const firstWarned: Record<string, number> = {};
        steps.forEach((s, i) => {
          const t = i * 20;
          if (s.kind === 'torch') {
            events.push(torch(t, { x: 0, arc: s.arc }));
            live.torch.arc = s.arc;
          } else {
            events.push(ppe(t, s.item, s.worn));
            live.ppe[s.item] = s.worn;
          }
          const warning: SafetyWarning | null = updateSafetyWarning(strikes, live);
          for (const item of s.kind === 'torch' && warning?.arcOn ? warning.missing : []) {
            const id = `arc-without-${item}`;
            firstWarned[id] ??= t;
          }
        });
        const report = scoreLog(weldingBeadRules, numbered(events));
        const criticalAt = Object.fromEntries(report.critical.filter((c) => c.id.startsWith('arc-without-')).map((c) => [c.id, c.t]));
        expect(firstWarned).toEqual(criticalAt);
      }),
      { numRuns: 300 },
    );
  });
});
