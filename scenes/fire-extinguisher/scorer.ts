// The fire-extinguisher scoring fold: the fire model (fire.ts) plus the seven criteria and three
// critical errors of the standard. The view runs the same applyFireEvent live, so the fire the
// learner sees is the fire scored here.
import type { AttemptEvent } from '../rubric/events';
import type { AttemptFold, LiveScorer } from '../rubric/liveScorer';
import type { CriticalLog } from '../rubric/criteria/criticalLog';
import type { ParameterTrace } from '../rubric/trace';
import type { FireClass, FireObserver, FireState, NozzleSample } from './fire';
import type { FireParams } from './params';
import { createLiveScorer } from '../rubric/liveScorer';
import { agentScore, aimOffset, applyFireEvent, createFireState, distanceBandM, geometrySlack, isInBand, isWrongAgent, tooCloseM } from './fire';
import { fireExtinguisherRubric } from './rubric';
import { SweepWindows } from './sweep';

/** The `extinguished` criterion: out within this long after the first discharging sample. */
export const extinguishWithinMs = 60_000;

export class FireFold implements AttemptFold {
  readonly state: FireState;
  readonly sweep = new SweepWindows();
  /** Settled discharge time with the distance in 1.5–3.0 m, and aimed at the base, ms. */
  private distanceMs = 0;
  private aimedMs = 0;
  private critical: CriticalLog | undefined;
  private readonly observer: FireObserver = {
    sample: (sample) => this.onSample(sample),
    settle: (sample, dtMs) => this.onSettle(sample, dtMs),
  };

  /** @param trace hears the distance and aim of every nozzle sample (undefined when not discharging) */
  constructor(fireClass: FireClass, private readonly trace?: ParameterTrace) {
    this.state = createFireState(fireClass);
  }

  push(event: AttemptEvent, critical: CriticalLog): void {
    this.critical = critical;
    applyFireEvent(this.state, event, this.observer);
  }

  private onSample(sample: NozzleSample): void {
    const { t, discharging, agent, dist, aim } = sample;
    this.trace?.sample('distance', t, discharging ? dist : undefined);
    this.trace?.sample('aim', t, discharging && aim !== null ? aimOffset(aim) : undefined);
    if (!discharging || agent === null) return;
    const fireClass = this.state.fireClass;
    if (isWrongAgent(agent, fireClass)) this.critical?.raise('wrong-agent', t, `${agent} was discharged on a class ${fireClass} fire`);
    if (dist < tooCloseM - geometrySlack) this.critical?.raise('too-close', t, `discharged ${dist.toFixed(2)} m from the fire, closer than ${tooCloseM} m`);
  }

  private onSettle(sample: NozzleSample, dtMs: number): void {
    if (!sample.discharging) return;
    if (isInBand(distanceBandM, sample.dist)) this.distanceMs += dtMs;
    if (sample.aimed) this.aimedMs += dtMs;
    this.sweep.add(dtMs, sample.aim === null ? null : sample.aim[0]);
  }

  criterionScores(): Readonly<Record<string, number>> {
    const state = this.state;
    const alarm = state.alarmAtMs !== null && state.alarmBeforeDischarge ? 1 : 0;
    const first = state.firstDischarge;
    // With no discharge at all, every criterion but `alarm` scores 0.
    if (first === null) return { alarm, agent: 0, pin: 0, distance: 0, aim: 0, sweep: 0, extinguished: 0 };
    const discharged = state.dischargeMs;
    return {
      alarm,
      agent: agentScore[state.fireClass][first.agent],
      pin: state.squeezedWithPinIn ? 0 : 1,
      distance: discharged > 0 ? this.distanceMs / discharged : 0,
      aim: discharged > 0 ? this.aimedMs / discharged : 0,
      sweep: this.sweep.score(),
      extinguished: state.outAtMs !== null && state.outAtMs - first.t <= extinguishWithinMs ? 1 : 0,
    };
  }

  endOfAttemptCriticals(): readonly { id: string; message: string }[] {
    if (this.state.out) return [];
    const percent = Math.round(this.state.intensity * 100);
    return [{ id: 'fire-not-out', message: `the attempt ended with the fire still burning at ${percent}% intensity` }];
  }
}

export function createFireExtinguisherScorer(params: FireParams, trace?: ParameterTrace): LiveScorer {
  return createLiveScorer(fireExtinguisherRubric, new FireFold(params.fireClass, trace));
}
