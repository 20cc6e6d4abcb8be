// A time window over the most recent samples (a ring buffer): push at the back, drop from the
// front as time moves on. O(1) amortised per sample, no allocation once it has grown.

export class SlidingSampleWindow {
  private times = new Float64Array(64);
  private values = new Float64Array(64);
  private orders = new Float64Array(64);
  private head = 0;
  private count = 0;

  /** Appends a sample: its time, one value it carries, and its position in the stream. */
  push(t: number, value: number, order: number): void {
    if (this.count === this.times.length) this.grow();
    const slot = (this.head + this.count) & (this.times.length - 1);
    this.times[slot] = t;
    this.values[slot] = value;
    this.orders[slot] = order;
    this.count += 1;
  }

  /** Drops samples older than tMin from the front (times are pushed in non-decreasing order). */
  dropBefore(tMin: number): void {
    const mask = this.times.length - 1;
    while (this.count > 0 && this.times[this.head]! < tMin) {
      this.head = (this.head + 1) & mask;
      this.count -= 1;
    }
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
  }

  get size(): number {
    return this.count;
  }

  /** The oldest sample kept; only meaningful when size > 0. */
  get frontTime(): number {
    return this.times[this.head]!;
  }

  get frontValue(): number {
    return this.values[this.head]!;
  }

  get frontOrder(): number {
    return this.orders[this.head]!;
  }

  private grow(): void {
    // Capacity stays a power of two so that the slot arithmetic can mask instead of divide.
    const capacity = this.times.length * 2;
    const copy = (from: Float64Array): Float64Array<ArrayBuffer> => {
      const to = new Float64Array(capacity);
      for (let i = 0; i < this.count; i += 1) to[i] = from[(this.head + i) & (from.length - 1)]!;
      return to;
    };
    this.times = copy(this.times);
    this.values = copy(this.values);
    this.orders = copy(this.orders);
    this.head = 0;
  }
}
