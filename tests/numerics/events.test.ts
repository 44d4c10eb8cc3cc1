import { describe, expect, it } from 'vitest';
import { createRosenbrock, type OdeProblem } from '../../src/numerics/index.ts';
import { ROBERTSON_REF, robertsonDae } from './problems.ts';

const G = 9.81;
/** Free fall, height y1 and velocity y2: y1 = h0 − g t²/2, lands at t = sqrt(2 h0/g) (analytic). */
const fall: OdeProblem = {
  n: 2,
  rhs(_t, y, f) {
    f[0] = y[1]!;
    f[1] = -G;
  },
};
/** y = (sin t, cos t): y1′ = y2, y2′ = −y1. Zeros of y1 at kπ; upward crossings at 2kπ. */
const oscillator: OdeProblem = {
  n: 2,
  rhs(_t, y, f) {
    f[0] = y[1]!;
    f[1] = -y[0]!;
  },
};

describe('event location on the dense output', () => {
  it('a falling body hits the ground at sqrt(2h/g) to 1e-10, and stops there (terminal, downward)', () => {
    const solver = createRosenbrock(fall, { rtol: 1e-6, atol: 1e-9, autonomous: true });
    const r = solver.integrate(0, [10, 0], 100, { events: [{ g: (_t, y) => y[0]!, direction: -1, terminal: true }] });
    const tHit = Math.sqrt((2 * 10) / G);
    expect(r.status).toBe('event');
    expect(r.event?.index).toBe(0);
    expect(Math.abs(r.t - tHit)).toBeLessThan(1e-10);
    expect(r.t).toBeGreaterThanOrEqual(tHit - 1e-12); // reported just past the crossing
    expect(r.y[0]!).toBeCloseTo(0, 9);
    expect(r.y[1]!).toBeCloseTo(-G * tHit, 9);
    expect(Array.from(r.event!.y)).toEqual(Array.from(r.y));
  });

  for (const method of ['rodas4', 'rodas3'] as const) {
    it(`${method}: exponential decay y′ = −3y crosses 1/2 at ln2/3, located to 1e-10`, () => {
      const decay: OdeProblem = { n: 1, rhs: (_t, y, f) => void (f[0] = -3 * y[0]!) };
      const r = createRosenbrock(decay, { rtol: 1e-11, atol: 1e-14, method, autonomous: true }).integrate(0, [1], 5, {
        events: [{ g: (_t, y) => y[0]! - 0.5, terminal: true }],
      });
      expect(r.status).toBe('event');
      expect(Math.abs(r.t - Math.LN2 / 3)).toBeLessThan(1e-10);
    });
  }

  it('respects the direction flag: +1 fires only upward (2π, 4π), −1 only downward (π, 3π), 0 both', () => {
    const solver = createRosenbrock(oscillator, { rtol: 1e-10, atol: 1e-12, autonomous: true });
    const times = (direction: 1 | -1 | 0): number[] =>
      solver.integrate(0, [0, 1], 13, { events: [{ g: (_t, y) => y[0]!, direction }] }).events.map((e) => e.t);
    const close = (ts: number[]) => ts.map((t) => expect.closeTo(t, 8));
    expect(times(1)).toEqual(close([2 * Math.PI, 4 * Math.PI]));
    expect(times(-1)).toEqual(close([Math.PI, 3 * Math.PI]));
    expect(times(0)).toEqual(close([Math.PI, 2 * Math.PI, 3 * Math.PI, 4 * Math.PI]));
  });

  it('a non-terminal event is logged and the integration goes on to tEnd; a start exactly on g = 0 does not fire', () => {
    const r = createRosenbrock(oscillator, { rtol: 1e-8, autonomous: true }).integrate(0, [0, 1], 4, {
      events: [{ g: (_t, y) => y[0]!, terminal: false }],
    });
    expect(r.status).toBe('done');
    expect(r.t).toBe(4);
    expect(r.event).toBeUndefined();
    expect(r.events.map((e) => e.index)).toEqual([0]);
    expect(r.events[0]!.t).toBeCloseTo(Math.PI, 7);
  });

  it('with two terminal events in play, the earlier one stops the integration and is the one reported', () => {
    const r = createRosenbrock(fall, { rtol: 1e-8, autonomous: true, hMax: 10 }).integrate(0, [10, 0], 100, {
      events: [
        { g: (_t, y) => y[0]!, terminal: true }, // ground, t ≈ 1.428
        { g: (_t, y) => y[0]! - 5, terminal: true }, // half way, t ≈ 1.010
      ],
    });
    expect(r.event?.index).toBe(1);
    expect(r.t).toBeCloseTo(Math.sqrt(10 / G), 10);
  });

  it('restarting from a terminal event does not fire the same event again', () => {
    const solver = createRosenbrock(oscillator, { rtol: 1e-8, autonomous: true });
    const events = [{ g: (_t: number, y: Float64Array) => y[0]!, terminal: true }];
    const first = solver.integrate(0.5, [Math.sin(0.5), Math.cos(0.5)], 10, { events });
    expect(first.t).toBeCloseTo(Math.PI, 7);
    const second = solver.integrate(first.t, first.y, 10, { events, h0: first.hNext });
    expect(second.t).toBeCloseTo(2 * Math.PI, 7);
  });

  it('locates an event of the Robertson DAE (y3 reaches 0.2) consistently with output at that time', () => {
    const solver = createRosenbrock(robertsonDae, { rtol: 1e-8, atol: new Float64Array([1e-12, 1e-18, 1e-12]), autonomous: true });
    const hit = solver.integrate(0, [1, 0, 0], 40, { events: [{ g: (_t, y) => y[2]! - 0.2, terminal: true }] });
    expect(hit.status).toBe('event');
    expect(hit.y[2]!).toBeCloseTo(0.2, 9);
    const out = solver.integrate(0, [1, 0, 0], 40, { tOut: [hit.t, 40] }).output!;
    expect(out.y[2]!).toBeCloseTo(0.2, 8);
    expect(out.y[5]!).toBeCloseTo(ROBERTSON_REF.t40[2], 7);
  });
});

describe('output at requested times and per-step callback', () => {
  it('tOut values come from the dense output and match sin t, cos t to 1e-8 (RODAS4, rtol 1e-10)', () => {
    const tOut = Array.from({ length: 41 }, (_, i) => i * 0.25); // includes t0 = 0 and tEnd = 10
    const solver = createRosenbrock(oscillator, { rtol: 1e-10, atol: 1e-12, autonomous: true });
    const r = solver.integrate(0, [0, 1], 10, { tOut });
    const out = r.output!;
    expect(out.count).toBe(41);
    for (let i = 0; i < tOut.length; i++) {
      expect(out.y[2 * i]!).toBeCloseTo(Math.sin(tOut[i]!), 8);
      expect(out.y[2 * i + 1]!).toBeCloseTo(Math.cos(tOut[i]!), 8);
    }
    expect(r.stats.steps).toBe(solver.integrate(0, [0, 1], 10).stats.steps); // output does not force steps
  });

  it('tOut rows after a terminal event stay NaN and are not counted', () => {
    const r = createRosenbrock(fall, { autonomous: true }).integrate(0, [10, 0], 3, {
      tOut: [0.5, 1, 2, 3],
      events: [{ g: (_t, y) => y[0]!, terminal: true }],
    });
    expect(r.output!.count).toBe(2);
    expect(r.output!.y[2 * 1]!).toBeCloseTo(10 - G / 2, 8);
    expect(Number.isNaN(r.output!.y[2 * 2]!)).toBe(true);
  });

  it('onStep sees every accepted step, with t increasing to tEnd', () => {
    const ts: number[] = [];
    const r = createRosenbrock(oscillator, { autonomous: true }).integrate(0, [0, 1], 3, { onStep: (t) => void ts.push(t) });
    expect(ts.length).toBe(r.stats.steps);
    expect(ts.every((t, i) => i === 0 || t > ts[i - 1]!)).toBe(true);
    expect(ts.at(-1)).toBe(3);
  });
});
