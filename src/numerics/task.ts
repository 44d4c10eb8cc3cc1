import { CancelledError } from './errors.ts';

/**
 * Cancellable tasks with progress, for long computations (parameter sweeps, fits, long
 * integrations). The CLI turns progress into a progress bar; the web app runs tasks in a worker.
 * After Mol*'s `mol-task` (molstar/molstar, src/mol-task/task.ts), cut down to what we use: no
 * scheduler, no global state, no timers (the library compiles without DOM or Node globals).
 */

/**
 * A cancellation flag. Structurally compatible with the DOM/Node `AbortSignal` (which has a
 * boolean `aborted`), so a caller may pass one; typed locally because the library compiles without
 * DOM or Node types.
 */
export interface CancelToken {
  readonly aborted: boolean;
}

/** The owner's side of a cancel token: `cancel()` sets `token.aborted`. */
export interface CancelSource {
  readonly token: CancelToken;
  cancel(): void;
}

/** A fresh cancel source whose token starts not aborted. */
export function createCancelSource(): CancelSource {
  let aborted = false;
  const token: CancelToken = {
    get aborted() {
      return aborted;
    },
  };
  return {
    token,
    cancel() {
      aborted = true;
    },
  };
}

/**
 * A cancel token backed by shared memory, for a computation running synchronously in a worker:
 * the main thread cannot deliver a message to a busy worker, but it can write to a
 * SharedArrayBuffer. The token reads as aborted once `flags[index]` is non-zero (set it with
 * `Atomics.store(flags, index, 1)` on the other side).
 */
export function sharedCancelToken(flags: Int32Array, index = 0): CancelToken {
  return {
    get aborted() {
      return Atomics.load(flags, index) !== 0;
    },
  };
}

/** One progress report. */
export interface TaskProgress {
  /** The task's name, e.g. "Robertson to 1e11 s". */
  readonly task: string;
  /** Fraction done, in [0, 1]. */
  readonly fraction: number;
  /** What the task is doing now, when it says. */
  readonly message?: string;
}

/** What a task's body sees: its cancel token, a progress reporter and sub-ranges of progress. */
export interface TaskContext {
  readonly cancel: CancelToken;
  /** Report progress (clamped to [0, 1]); reports closer than `minProgressStep` to the last one are dropped. */
  progress(fraction: number, message?: string): void;
  /** Throw `CancelledError` if the token is aborted. Call it between units of work. */
  throwIfCancelled(): void;
  /** A context whose progress 0…1 maps onto [from, to] of this one (for a task made of stages). */
  sub(from: number, to: number): TaskContext;
}

/** How to run a task. */
export interface RunTaskOptions {
  readonly cancel?: CancelToken;
  onProgress?(progress: TaskProgress): void;
  /** Smallest change of fraction that is reported (default 0.01); the first and the final (1) report always go out. */
  readonly minProgressStep?: number;
}

/** A named computation that can be run with progress and cancellation. */
export interface Task<T> {
  readonly name: string;
  /** Run the body. Rejects with `CancelledError` if cancelled (also when cancelled before it starts). */
  run(options?: RunTaskOptions): Promise<T>;
}

/**
 * Wrap a computation as a task. The body receives a `TaskContext`; it should call
 * `ctx.throwIfCancelled()` (or pass `ctx.cancel` to the solver) and `ctx.progress(f)` as it goes.
 * On success the final progress report (fraction 1) is sent.
 */
export function createTask<T>(name: string, body: (ctx: TaskContext) => T | Promise<T>): Task<T> {
  return {
    name,
    async run(options: RunTaskOptions = {}): Promise<T> {
      const cancel = options.cancel ?? { aborted: false };
      const step = options.minProgressStep ?? 0.01;
      let last = -Infinity;
      let lastMessage: string | undefined;
      const report = (fraction: number, message: string | undefined, force: boolean): void => {
        const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
        if (!force && Math.abs(f - last) < step && message === lastMessage) return;
        last = f;
        lastMessage = message;
        if (options.onProgress) options.onProgress(message === undefined ? { task: name, fraction: f } : { task: name, fraction: f, message });
      };
      const root = makeContext(cancel, name, (f, m) => report(f, m, false), 0, 1);
      root.throwIfCancelled();
      const value = await body(root);
      root.throwIfCancelled();
      report(1, lastMessage, true);
      return value;
    },
  };
}

function makeContext(
  cancel: CancelToken,
  name: string,
  report: (fraction: number, message: string | undefined) => void,
  from: number,
  to: number,
): TaskContext {
  return {
    cancel,
    progress(fraction: number, message?: string) {
      report(from + (to - from) * Math.min(1, Math.max(0, fraction)), message);
    },
    throwIfCancelled() {
      if (cancel.aborted) throw new CancelledError(`task "${name}" was cancelled`);
    },
    sub(a: number, b: number) {
      return makeContext(cancel, name, report, from + (to - from) * a, from + (to - from) * b);
    },
  };
}
