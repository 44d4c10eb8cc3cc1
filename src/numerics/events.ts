/**
 * An event: the integration watches g(t, y) and reports where it crosses zero, located on the
 * dense output by `findRoot`.
 */
export interface EventSpec {
  /** The event function. `y` is a solver buffer: read it, don't keep it. */
  g(t: number, y: Float64Array): number;
  /** +1: only upward crossings (g from < 0 to ≥ 0); −1: only downward; 0 (default): both. */
  readonly direction?: 1 | -1 | 0;
  /** Stop the integration at this event (default false: record it and go on). */
  readonly terminal?: boolean;
}

/** An event that fired: which one (index into the `events` array), when, and the state then. */
export interface EventHit {
  readonly index: number;
  readonly t: number;
  readonly y: Float64Array;
}

/**
 * Whether g crossed zero in the wanted direction between two successive values: upward is
 * g_old < 0 ≤ g_new, downward is g_old > 0 ≥ g_new. A zero at the old point does not count (that
 * crossing was reported already, or the integration started on it); NaN never counts.
 */
export function eventCrossed(gOld: number, gNew: number, direction: 1 | -1 | 0): boolean {
  const up = gOld < 0 && gNew >= 0;
  const down = gOld > 0 && gNew <= 0;
  return direction === 1 ? up : direction === -1 ? down : up || down;
}
