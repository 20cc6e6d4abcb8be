// The welding-bead fold: PPE state, the five time-weighted parameter criteria, seam coverage
// and the critical errors, one event at a time, exactly as the standard words them.
import type { AttemptEvent } from '../rubric/events';
import type { AttemptFold, LiveScorer } from '../rubric/liveScorer';
import type { CriticalLog } from '../rubric/criteria/criticalLog';
import type { ParameterTrace } from '../rubric/trace';
import type { Vec3 } from './geometry';
import type { WeldingParameterId } from './tolerances';
import { BinCoverage } from '../rubric/criteria/binCoverage';
import { TimeInTolerance } from '../rubric/criteria/timeInTolerance';
import { createLiveScorer } from '../rubric/liveScorer';
import { isWithinTolerance, toleranceSlack } from '../rubric/tolerance';
import { seamEndX, seamStartX } from './geometry';
import { weldingBeadRubric } from './rubric';
import { createTorchMeasures, measureTorch } from './torchMeasures';
import { TravelSpeedMeter } from './travelSpeed';
import { coverageMaxAimOffsetMm, coverageMaxContactTipToWorkDistanceMm, weldingTolerances } from './tolerances';

/** The scene has no server-chosen variants. */
export type WeldingBeadParams = Record<string, never>;

export const seamBinCount = 200;
/** `incomplete-seam` below this fraction of covered bins. */
export const minimumCoverage = 0.9;

const band = (id: WeldingParameterId) => weldingTolerances[id];

class WeldingBeadFold implements AttemptFold {
  private helmetWorn = false;
  private glovesWorn = false;
  private readonly workAngle = new TimeInTolerance();
  private readonly travelAngle = new TimeInTolerance();
  private readonly contactTipToWorkDistance = new TimeInTolerance();
  private readonly travelSpeed = new TimeInTolerance();
  private readonly aim = new TimeInTolerance();
  private readonly speedMeter = new TravelSpeedMeter();
  private readonly coverage = new BinCoverage(seamStartX, seamEndX, seamBinCount);
  private readonly measures = createTorchMeasures();

  /** @param trace hears every value judged, for review plots (the same numbers as the scores) */
  constructor(private readonly trace: ParameterTrace | undefined) {}

  push(event: AttemptEvent, critical: CriticalLog): void {
    // Events reach the fold only after validateEvent, so their data has the schema's shape.
    if (event.type === 'torch') {
      const { p, d, arc } = event.data as { p: Vec3; d: Vec3; arc: boolean };
      this.pushTorch(event.t, p, d, arc, critical);
    } else if (event.type === 'ppe') {
      const { item, worn } = event.data as { item: string; worn: boolean };
      if (item === 'helmet') this.helmetWorn = worn;
      else if (item === 'gloves') this.glovesWorn = worn;
    }
  }

  private pushTorch(t: number, p: Vec3, d: Vec3, arc: boolean, critical: CriticalLog): void {
    if (arc && !this.helmetWorn) critical.raise('arc-without-helmet', t, 'arc struck without the welding helmet');
    if (arc && !this.glovesWorn) critical.raise('arc-without-gloves', t, 'arc struck without welding gloves');

    // Only arc-on samples pointing at the plate are assessed; every sample still closes the
    // previous sample's interval, so each accumulator hears about every torch sample.
    const m = arc ? measureTorch(p, d, this.measures) : undefined;
    const speed = this.speedMeter.sample(t, arc, m?.workPoint[0]);
    this.judge(this.workAngle, 'work-angle', t, m?.workAngleDeviation);
    this.judge(this.travelAngle, 'travel-angle', t, m?.travelAngle);
    this.judge(this.contactTipToWorkDistance, 'ctwd', t, m?.contactTipToWorkDistance);
    this.judge(this.travelSpeed, 'travel-speed', t, m === undefined ? undefined : speed);
    this.judge(this.aim, 'aim', t, m?.aimOffset);
    if (m === undefined) return;
    if (
      m.aimOffset <= coverageMaxAimOffsetMm + toleranceSlack &&
      m.contactTipToWorkDistance <= coverageMaxContactTipToWorkDistanceMm + toleranceSlack
    ) {
      this.coverage.mark(m.workPoint[0]);
    }
  }

  /** One parameter's sample: within its band or not, or not assessed (undefined). */
  private judge(criterion: TimeInTolerance, id: WeldingParameterId, t: number, value: number | undefined): void {
    criterion.sample(t, value === undefined ? undefined : isWithinTolerance(band(id), value));
    this.trace?.sample(id, t, value);
  }

  criterionScores(): Readonly<Record<string, number>> {
    return {
      'work-angle': this.workAngle.score(),
      'travel-angle': this.travelAngle.score(),
      ctwd: this.contactTipToWorkDistance.score(),
      'travel-speed': this.travelSpeed.score(),
      aim: this.aim.score(),
      coverage: this.coverage.score(),
    };
  }

  endOfAttemptCriticals(): readonly { id: string; message: string }[] {
    const covered = this.coverage.coveredBins;
    // Compared on whole bins (180 of 200) rather than on a fraction that floating point may blur.
    if (covered >= Math.ceil(minimumCoverage * seamBinCount)) return [];
    const percent = ((covered / seamBinCount) * 100).toFixed(1);
    return [{ id: 'incomplete-seam', message: `the bead covers ${percent}% of the seam; at least 90% is required` }];
  }
}

export function createWeldingBeadScorer(_params: WeldingBeadParams = {}, trace?: ParameterTrace): LiveScorer {
  return createLiveScorer(weldingBeadRubric, new WeldingBeadFold(trace));
}
