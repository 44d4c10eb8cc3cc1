import { describe, expect, it } from 'vitest';
import { quantity, si, type Meters, type Seconds } from '../../src/units/index.ts';

describe('branded quantities', () => {
  it('a length is not a time, at compile time (tsc checks the @ts-expect-error lines)', () => {
    const thickness: Meters = quantity('2 um', 'length');
    // @ts-expect-error a length cannot be used where a time is expected
    const wrong: Seconds = thickness;
    // @ts-expect-error a bare number is not a quantity
    const bare: Meters = 2e-6;
    const explicit: Meters = si(2e-6, 'length');
    expect(wrong).toBe(explicit);
    expect(bare).toBe(explicit);
  });
});
