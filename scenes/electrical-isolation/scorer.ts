// The electrical-isolation scoring fold: the installation state (installation.ts) plus the ordered
// isolation and restore procedures and the six critical errors. The timeline runs this same fold.
import type { AttemptEvent } from '../rubric/events';
import type { AttemptFold, LiveScorer } from '../rubric/liveScorer';
import type { CriticalLog } from '../rubric/criteria/criticalLog';
import type { ActionData } from './events';
import type { ElectricalParams } from './params';
import type { ElectricalStepId, RestoreStepId } from './steps';
import type { InstallationState, TestPair } from './installation';
import { createLiveScorer } from '../rubric/liveScorer';
import { OrderedProcedure } from '../rubric/criteria/orderedProcedure';
import { readAction } from './events';
import { isolationStepIds, restoreStepIds } from './steps';
import {
  allPairsTestedDead, applyAction, circuitIds, conductorOrder, correctTerminal, createInstallation,
  isOnNewSocketCorrectly, isWiredCorrectly, socketTesterResult, terminalOrder, testerReading, torqueInBand,
} from './installation';
import { electricalIsolationRubric } from './rubric';

/** What one action did, for the review timeline. */
export interface ActionOutcome {
  readonly action: ActionData;
  /** false when the workshop ignored it (see applyAction) */
  readonly effective: boolean;
  /** the step it completed (inOrder) or attempted without it counting */
  readonly step?: { readonly criterionId: string; readonly id: ElectricalStepId; readonly inOrder: boolean };
  /** test-dead: the tester's reading; socket-test: the plug-in tester's result */
  readonly volts?: number;
  readonly socketResult?: 'ok' | 'no-power' | 'miswired';
}

/** Devices whose being left off cuts power the workshop did not need to lose. */
const otherCircuits = circuitIds.filter((id) => id !== 'main' && id !== 'C3');

export class ElectricalFold implements AttemptFold {
  readonly state: InstallationState = createInstallation();
  private readonly isolation = new OrderedProcedure(isolationStepIds);
  /** pairs tested dead since the `prove` step counted */
  private readonly pairsSinceProve = new Set<TestPair>();
  /** the restore sequence since the faceplate was last removed (none before it ever was) */
  private restore: OrderedProcedure<RestoreStepId> | undefined;

  push(event: AttemptEvent, critical: CriticalLog): ActionOutcome | undefined {
    const action = readAction(event);
    if (!action) return undefined;
    const state = this.state;
    const wasLive = state.live;
    // A first removal of the faceplate closes the isolation sequence: judge it on the state before.
    const firstOpening = action.name === 'faceplate' && action.removed && !state.faceplateOff && !this.isolation.isClosed;
    const effective = applyAction(state, action);
    const t = event.t;
    switch (action.name) {
      case 'breaker':
        if (!wasLive && state.live && !isWiredCorrectly(state)) {
          critical.raise('energised-miswired', t, `the circuit was made live at ${action.circuit} while a conductor was loose, on the wrong terminal or split between sockets`);
        }
        if (effective && !action.on && (action.circuit === 'C3' || action.circuit === 'main')) return { action, effective, step: this.isolationStep('switch-off', t) };
        if (!wasLive && state.live) return { action, effective, step: this.restoreStep('switch-on', t) };
        return { action, effective };
      case 'lock':
        if (effective && action.applied && (action.circuit === 'C3' || action.circuit === 'main')) return { action, effective, step: this.isolationStep('lock', t) };
        if (effective && !action.applied && !circuitIds.some((id) => state.locked[id])) return { action, effective, step: this.restoreStep('unlock', t) };
        return { action, effective };
      case 'prove':
        return { action, effective, step: this.proveStep(t) };
      case 'test-dead':
        return { action, effective, volts: testerReading(state, action.pair), step: this.testDeadStep(action.pair, effective, t) };
      case 'faceplate':
        if (effective && action.removed) {
          if (!(state.ppe.gloves && state.ppe.glasses)) critical.raise('no-ppe', t, `the faceplate was removed without ${state.ppe.gloves ? 'glasses' : 'gloves'}`);
          if (firstOpening) {
            if (!allPairsTestedDead(state)) critical.raise('not-proven-dead', t, 'the faceplate was first removed before all three pairs were tested dead with the circuit off');
            this.isolation.close();
          }
          this.restore = new OrderedProcedure(restoreStepIds);
          return { action, effective };
        }
        if (effective) return { action, effective, step: this.restoreStep('refit-faceplate', t) };
        return { action, effective };
      case 'touch':
        if (state.live) critical.raise('touched-live', t, `${action.part} was touched while the circuit was live`);
        return { action, effective };
      case 'connect':
        return { action, effective, step: { criterionId: 'connections', id: `connect-${action.conductor}`, inOrder: effective && action.terminal === correctTerminal[action.conductor] } };
      case 'torque':
        return { action, effective, step: { criterionId: 'torque', id: `torque-${action.terminal}`, inOrder: effective && torqueInBand(action.nm) } };
      case 'socket-test':
        return { action, effective, socketResult: socketTesterResult(state), step: this.restoreStep('socket-test', effective ? t : undefined) };
      default:
        return { action, effective };
    }
  }

  /** Completes the isolation step if it is next; else says it was attempted without counting (a repeat: nothing). */
  private isolationStep(id: (typeof isolationStepIds)[number], t: number | undefined): ActionOutcome['step'] {
    if (t !== undefined && this.isolation.complete(id, t)) return { criterionId: 'isolation', id, inOrder: true };
    return this.isolationCounted(id) ? undefined : { criterionId: 'isolation', id, inOrder: false };
  }

  private isolationCounted(id: (typeof isolationStepIds)[number]): boolean {
    return this.isolation.completedSteps > isolationStepIds.indexOf(id);
  }

  private proveStep(t: number): ActionOutcome['step'] {
    const next = this.isolation.nextStep;
    if (next === 'prove') {
      this.pairsSinceProve.clear();
      return this.isolationStep('prove', t);
    }
    if (next === 'prove-again') return this.isolationStep('prove-again', t);
    // Not the prove the sequence waits for: an early first prove, else an early second one.
    return this.isolationStep(this.isolationCounted('prove') ? 'prove-again' : 'prove', undefined);
  }

  private testDeadStep(pair: TestPair, effective: boolean, t: number): ActionOutcome['step'] {
    if (this.isolationCounted('test-dead')) return undefined;
    if (!effective || this.isolation.nextStep !== 'test-dead') return { criterionId: 'isolation', id: 'test-dead', inOrder: false };
    this.pairsSinceProve.add(pair);
    // All three pairs since the prove, each still standing (none undone by re-energising).
    if (this.pairsSinceProve.size === 3 && allPairsTestedDead(this.state)) return this.isolationStep('test-dead', t);
    return undefined;
  }

  private restoreStep(id: RestoreStepId, t: number | undefined): ActionOutcome['step'] {
    const restore = this.restore;
    if (restore && t !== undefined && restore.complete(id, t)) return { criterionId: 'restore', id, inOrder: true };
    const counted = restore !== undefined && restore.completedSteps > restoreStepIds.indexOf(id);
    return counted ? undefined : { criterionId: 'restore', id, inOrder: false };
  }

  criterionScores(): Readonly<Record<string, number>> {
    const state = this.state;
    return {
      isolation: this.isolation.score(),
      connections: conductorOrder.filter((c) => isOnNewSocketCorrectly(state, c)).length / 3,
      torque: terminalOrder.filter((terminal) => torqueInBand(state.torque[terminal])).length / 3,
      restore: this.restore?.score() ?? 0,
    };
  }

  /** The steps that score now (a practice checklist that agrees with the score). Changes nothing. */
  completedSteps(): ReadonlySet<ElectricalStepId> {
    const done = new Set<ElectricalStepId>(isolationStepIds.slice(0, this.isolation.completedSteps));
    for (const c of conductorOrder) if (isOnNewSocketCorrectly(this.state, c)) done.add(`connect-${c}`);
    for (const terminal of terminalOrder) if (torqueInBand(this.state.torque[terminal])) done.add(`torque-${terminal}`);
    for (const id of restoreStepIds.slice(0, this.restore?.completedSteps ?? 0)) done.add(id);
    return done;
  }

  endOfAttemptCriticals(): readonly { id: string; message: string }[] {
    const errors: { id: string; message: string }[] = [];
    if (this.state.faceplateOff) errors.push({ id: 'left-unsafe', message: 'the attempt ended with the faceplate off' });
    const off = otherCircuits.filter((id) => !this.state.breakers[id]);
    if (off.length > 0) errors.push({ id: 'wrong-circuit', message: `the attempt ended with ${off.join(', ')} off` });
    return errors;
  }
}

export function createElectricalIsolationScorer(_params?: ElectricalParams): LiveScorer {
  return createLiveScorer(electricalIsolationRubric, new ElectricalFold());
}
