import { describe, expect, it } from 'vitest';
import { flagName, paramHelp, paramsJsonSchema, resolveParams, type ParamDefs } from '../../src/units/index.ts';
import { unwrap } from '../helpers.ts';

const defs = {
  thickness: { kind: 'quantity', dimension: 'length', default: '2 um', min: '1 nm', max: '1 mm', description: 'layer thickness', source: 'assumed: test' },
  mode: { kind: 'choice', choices: ['a', 'b'], default: 'a', description: 'mode', source: 'assumed: test' },
} as const satisfies ParamDefs;

describe('parameters declared once', () => {
  it('resolve defaults to SI', () => {
    const p = unwrap(resolveParams(defs, {}));
    expect(p.thickness).toBeCloseTo(2e-6, 18);
    expect(p.mode).toBe('a');
  });

  it('resolve given strings with units', () => {
    expect(unwrap(resolveParams(defs, { thickness: '500 nm' })).thickness).toBeCloseTo(5e-7, 18);
  });

  it('reject out-of-range and wrong-dimension values, naming the parameter', () => {
    const r = resolveParams(defs, { thickness: '2 m', mode: 'c' });
    expect(r.kind).toBe('error');
    if (r.kind === 'error') {
      expect(r.errors.map((e) => e.path)).toEqual(['thickness', 'mode']);
      expect(r.errors[0]?.message).toMatch(/out of range.*1 nm … 1 mm/);
      expect(r.errors[1]?.message).toMatch(/not one of a, b/);
    }
    const d = resolveParams(defs, { thickness: '2 S/cm' });
    expect(d.kind === 'error' && d.errors[0]?.message).toMatch(/not a length/);
  });

  it('derive CLI flag names, help and JSON schema from the declaration', () => {
    expect(flagName('targetConductivity')).toBe('target-conductivity');
    expect(paramHelp(defs.thickness)).toBe('layer thickness (a length, 1 nm … 1 mm; default 2 um; source: assumed: test)');
    const schema = paramsJsonSchema(defs) as { properties: Record<string, { default: string }> };
    expect(schema.properties.thickness?.default).toBe('2 um');
    expect(Object.keys(schema.properties)).toEqual(['thickness', 'mode']);
  });
});
