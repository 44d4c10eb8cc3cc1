import { eventCrossed, type EventHit, type EventSpec } from './events.ts';
import { findRoot } from './root.ts';
import type { RosenbrockCore } from './rosenbrock-core.ts';

/**
 * Event bookkeeping for one integration: the event values at the last accepted point, crossing
 * detection after each step, and location of the crossings on the step's dense output. Arrays are
 * allocated once per integration (not per step).
 */
export class EventTracker {
  /** Every event that fired, in time order. */
  readonly log: EventHit[] = [];
  /** The terminal event that stopped the integration, if one did. */
  terminal: EventHit | undefined;

  private readonly count: number;
  private readonly gOld: Float64Array;
  private readonly gNew: Float64Array;
  private readonly hitIndex: Int32Array;
  private readonly hitTime: Float64Array;
  private readonly yDense: Float64Array;
  private current = 0;
  private readonly gAt: (t: number) => number;

  constructor(
    private readonly events: readonly EventSpec[],
    private readonly core: RosenbrockCore,
    private readonly tolerance: number | undefined,
  ) {
    this.count = events.length;
    this.gOld = new Float64Array(this.count);
    this.gNew = new Float64Array(this.count);
    this.hitIndex = new Int32Array(this.count);
    this.hitTime = new Float64Array(this.count);
    this.yDense = new Float64Array(core.n);
    this.gAt = (t: number): number => {
      core.denseAt(t, this.yDense);
      return this.events[this.current]!.g(t, this.yDense);
    };
  }

  /** Replace the terminal hit (same event) by a better-located one: in `terminal` and in the log. */
  replaceTerminal(hit: EventHit): void {
    const j = this.log.lastIndexOf(this.terminal as EventHit);
    if (j >= 0) this.log[j] = hit;
    this.terminal = hit;
  }

  /** Record g at the start point. */
  start(t: number, y: Float64Array): void {
    for (let k = 0; k < this.count; k++) this.gOld[k] = this.events[k]!.g(t, y);
  }

  /**
   * After an accepted step (t, y) → (tNew, yNew) with the dense output prepared: find the crossings,
   * log them in time order up to and including the first terminal one. Returns the time to stop at
   * (tNew unless a terminal event fired; its state is then in `terminal.y`).
   */
  afterStep(t: number, tNew: number, yNew: Float64Array): number {
    let hits = 0;
    const tol = this.tolerance ?? 8 * Number.EPSILON * Math.max(Math.abs(t), Math.abs(tNew), Number.MIN_VALUE);
    for (let k = 0; k < this.count; k++) {
      const ev = this.events[k]!;
      const g = ev.g(tNew, yNew);
      this.gNew[k] = g;
      const gOld = this.gOld[k]!;
      if (!eventCrossed(gOld, g, ev.direction ?? 0)) continue;
      this.current = k;
      const tk = findRoot(this.gAt, t, tNew, gOld, g, tol);
      // Insertion by time keeps hits sorted (few events: linear is fine).
      let p = hits++;
      while (p > 0 && this.hitTime[p - 1]! > tk) {
        this.hitTime[p] = this.hitTime[p - 1]!;
        this.hitIndex[p] = this.hitIndex[p - 1]!;
        p--;
      }
      this.hitTime[p] = tk;
      this.hitIndex[p] = k;
    }
    this.gOld.set(this.gNew);
    for (let p = 0; p < hits; p++) {
      const index = this.hitIndex[p]!;
      const tk = this.hitTime[p]!;
      let y: Float64Array;
      if (tk === tNew) {
        y = yNew.slice();
      } else {
        y = new Float64Array(this.core.n);
        this.core.denseAt(tk, y);
      }
      const hit: EventHit = { index, t: tk, y };
      this.log.push(hit);
      if (this.events[index]!.terminal === true) {
        this.terminal = hit;
        return tk;
      }
    }
    return tNew;
  }
}
