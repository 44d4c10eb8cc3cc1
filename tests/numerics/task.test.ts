import { describe, expect, it } from 'vitest';
import { CancelledError, createCancelSource, createRosenbrock, createTask, sharedCancelToken, type TaskProgress } from '../../src/numerics/index.ts';
import { robertsonOde } from './problems.ts';

describe('Task: progress and cancellation for long computations', () => {
  it('runs the body, reports throttled progress (≥ 1 % apart) and a final 1, and resolves with its value', async () => {
    const reports: TaskProgress[] = [];
    const task = createTask('sum', (ctx) => {
      let s = 0;
      for (let i = 1; i <= 1000; i++) {
        s += i;
        ctx.progress(i / 1000);
      }
      return s;
    });
    await expect(task.run({ onProgress: (p) => reports.push(p) })).resolves.toBe(500500);
    expect(reports.length).toBeGreaterThan(50);
    expect(reports.length).toBeLessThanOrEqual(102);
    expect(reports.every((p) => p.task === 'sum')).toBe(true);
    expect(reports.at(-1)!.fraction).toBe(1);
  });

  it('maps a stage\'s progress onto its share of the whole with ctx.sub', async () => {
    const fractions: number[] = [];
    await createTask('two stages', (ctx) => {
      ctx.sub(0, 0.25).progress(1, 'stage 1');
      ctx.sub(0.25, 1).progress(0.5, 'stage 2');
    }).run({ onProgress: (p) => fractions.push(p.fraction) });
    expect(fractions).toEqual([0.25, 0.625, 1]);
  });

  it('a cancelled task rejects with CancelledError, also when cancelled before it starts', async () => {
    const source = createCancelSource();
    const task = createTask('loop', (ctx) => {
      for (let i = 0; ; i++) {
        if (i === 100) source.cancel();
        ctx.throwIfCancelled();
      }
    });
    await expect(task.run({ cancel: source.token })).rejects.toThrow(CancelledError);
    await expect(task.run({ cancel: source.token })).rejects.toThrow(/task "loop" was cancelled/);
  });

  it('drives the ODE solver: its cancel token and progress go straight into integrate()', async () => {
    const fractions: number[] = [];
    const solver = createRosenbrock(robertsonOde, { autonomous: true });
    const task = createTask('Robertson to 1e11', (ctx) => solver.integrate(0, [1, 0, 0], 1e11, { cancel: ctx.cancel, onProgress: (f) => ctx.progress(f) }));
    const r = await task.run({ onProgress: (p) => fractions.push(p.fraction) });
    expect(r.status).toBe('done');
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!)).toBe(true);
    expect(fractions.at(-1)).toBe(1);

    const source = createCancelSource();
    const cancelled = createTask('cancelled', (ctx) =>
      solver.integrate(0, [1, 0, 0], 1e11, {
        cancel: ctx.cancel,
        onProgress: (f) => {
          if (f > 0.02) source.cancel();
        },
      }),
    );
    await expect(cancelled.run({ cancel: source.token })).rejects.toBeInstanceOf(CancelledError);
  });

  it('a shared-memory token (for a synchronous loop in a worker) reads as aborted once its flag is set', () => {
    const flags = new Int32Array(new SharedArrayBuffer(8));
    const token = sharedCancelToken(flags, 1);
    expect(token.aborted).toBe(false);
    Atomics.store(flags, 1, 1);
    expect(token.aborted).toBe(true);
  });
});
