import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStack } from '../../src/cell/index.ts';
import { knowledgeBase } from '../../src/cli/knowledge-files.ts';
import { formatIssue } from '../../src/units/index.ts';
import { unwrap } from '../helpers.ts';

const kb = knowledgeBase();
const EXAMPLE = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'zif8-mg-dme.yaml'), 'utf8');

function errors(text: string): string[] {
  const r = loadStack(text, { knowledge: kb, name: 's.yaml' });
  expect(r.kind).toBe('error');
  return r.kind === 'error' ? r.errors.map(formatIssue) : [];
}

const MINIMAL = `name: minimal
layers:
  - kind: liquid
    thickness: 260 um
protocol:
  steps:
    - Plate at 1 mA/cm2 for 1 h
`;

describe('stack files', () => {
  it('a minimal stack takes every other value from the declared defaults, each with its source', () => {
    const s = unwrap(loadStack(MINIMAL));
    expect(s.cell.kind).toBe('symmetric');
    expect(s.cell.temperature).toBeCloseTo(298.15, 10);
    expect(s.layers[0]?.params.thickness).toBeCloseTo(260e-6, 15);
    const area = s.sources.find((p) => p.parameter === 'cell.area');
    expect(area).toMatchObject({ value: '1.13 cm^2', origin: 'default' });
    expect(area?.source).toMatch(/CR2032/);
  });

  it('a material id fills in the knowledge-base values, with their citation', () => {
    const s = unwrap(loadStack(MINIMAL.replace('  - kind: liquid', '  - { kind: solid, material: mg-mof-74-film-aao, thickness: 1 um }\n  - kind: liquid'), { knowledge: kb }));
    const solid = s.layers[0];
    expect(solid?.params.conductivity).toBeCloseTo(3.17e-4, 12); // 3.17e-6 S/cm
    expect(s.sources.find((p) => p.parameter === 'layers[0].conductivity')).toMatchObject({ origin: 'knowledge' });
  });

  it.each([
    ['negative thickness', MINIMAL.replace('thickness: 260 um', 'thickness: -5 um'), /s\.yaml:4: layers\[0\]\.thickness: "-5 um" is out of range/],
    ['missing unit', MINIMAL.replace('thickness: 260 um', 'thickness: 260'), /s\.yaml:4: layers\[0\]\.thickness: "260": the unit is missing; expected a length/],
    ['wrong unit', MINIMAL.replace('thickness: 260 um', 'thickness: 260 mS/cm'), /is a conductivity, not a length/],
    ['unknown material', MINIMAL.replace('  - kind: liquid', '  - { kind: solid, material: unobtainium }\n  - kind: liquid'), /s\.yaml:3: layers\[0\]\.material: unknown material "unobtainium"/],
    ['malformed step', MINIMAL.replace('Plate at 1 mA/cm2 for 1 h', 'Plat at 1 mA/cm2 for 1 h'), /s\.yaml:7: protocol\.steps\[0\]: .*unknown step/],
    ['current, not a current density', MINIMAL.replace('1 mA/cm2', '1 mA'), /is a current, not a current density/],
    ['unknown parameter', MINIMAL.replace('thickness: 260 um', 'thicknes: 260 um'), /s\.yaml:4: layers\[0\]\.thicknes: unknown parameter "thicknes"/],
    ['unknown section', `${MINIMAL}colour: blue\n`, /unknown section "colour"/],
    ['liquid not last', MINIMAL.replace('    thickness: 260 um', '    thickness: 260 um\n  - { kind: solid, thickness: 1 um }'), /the liquid layer \(separator\) must come last/],
    ['no protocol', 'name: x\n', /a stack needs a protocol/],
    ['not YAML', 'name: [unclosed\n', /s\.yaml:/],
    ['bad layer kind', MINIMAL.replace('kind: liquid', 'kind: film'), /a layer kind is one of solid, liquid/],
  ])('%s gives a clear error naming the line and field', (_what, text, message) => {
    expect(errors(text).join('\n')).toMatch(message);
  });

  it('never throws on truncated, mutated or random text (fast-check)', () => {
    fc.assert(
      fc.property(fc.nat(EXAMPLE.length), (n) => {
        expect(['ok', 'error']).toContain(loadStack(EXAMPLE.slice(0, n), { knowledge: kb }).kind);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.nat(EXAMPLE.length), fc.nat(6), fc.string({ maxLength: 5 }), (at, cut, insert) => {
        expect(['ok', 'error']).toContain(loadStack(EXAMPLE.slice(0, at) + insert + EXAMPLE.slice(at + cut), { knowledge: kb }).kind);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json().map((j) => j)), (text) => {
        expect(['ok', 'error']).toContain(loadStack(text, { knowledge: kb }).kind);
      }),
      { numRuns: 300 },
    );
  });
});
