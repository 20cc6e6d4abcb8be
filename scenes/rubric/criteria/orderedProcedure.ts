// Criterion kind: procedure steps that count only in order. A step counts when it is the next
// one expected; doing a later step early earns nothing until the steps before it are done.

export class OrderedProcedure<StepId extends string = string> {
  private next = 0;
  private closed = false;
  private readonly completedAt: number[] = [];

  constructor(readonly steps: readonly StepId[]) {
    if (steps.length === 0) throw new RangeError('OrderedProcedure needs at least one step');
  }

  /** The step that would count now; undefined when all are done or the procedure is closed. */
  get nextStep(): StepId | undefined {
    return this.closed ? undefined : this.steps[this.next];
  }

  /** Marks `stepId` done at time t. Returns true when it counted (it was the next step). */
  complete(stepId: StepId, t: number): boolean {
    if (this.closed || this.steps[this.next] !== stepId) return false;
    this.completedAt.push(t);
    this.next += 1;
    return true;
  }

  /** No further step counts, e.g. once the moment the sequence had to precede has passed. */
  close(): void {
    this.closed = true;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get completedSteps(): number {
    return this.next;
  }

  /** t at which step `index` counted, if it has. */
  completedAtT(index: number): number | undefined {
    return this.completedAt[index];
  }

  /** Counted steps / all steps (each step is worth the same). */
  score(): number {
    return this.next / this.steps.length;
  }
}
