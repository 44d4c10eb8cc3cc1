import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATOMIC_WEIGHTS,
  compositionOf,
  ELEMENT_SYMBOLS,
  formatFormula,
  MAX_FORMULA_NESTING,
  molarMass,
  parseFormula,
  type Composition,
  type Element,
} from '../../src/physics/index.ts';
import { InputError } from '../../src/units/index.ts';
import { unwrap } from '../helpers.ts';

/** Compositions compared element by element to a relative 1e-12 (decimal counts are multiplied and summed in floating point). */
function expectComposition(actual: Composition, expected: Readonly<Record<string, number>>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [el, n] of Object.entries(expected)) {
    expect(Math.abs((actual[el as Element] ?? Number.NaN) - n)).toBeLessThanOrEqual(1e-12 * n);
  }
}

function errorMessage(text: string): string {
  const r = parseFormula(text);
  expect(r.kind).toBe('error');
  return r.kind === 'error' ? r.errors.map((e) => e.message).join('\n') : '';
}

describe('parseFormula: formulas with counts, brackets, adduct dots and decimal counts', () => {
  it('reads element symbols with counts: Mg2Mo6S8 → {Mg: 2, Mo: 6, S: 8}', () => {
    expectComposition(unwrap(parseFormula('Mg2Mo6S8')), { Mg: 2, Mo: 6, S: 8 });
    expectComposition(unwrap(parseFormula('V2O5')), { V: 2, O: 5 });
    expectComposition(unwrap(parseFormula('CO')), { C: 1, O: 1 });
    expectComposition(unwrap(parseFormula('Co')), { Co: 1 });
  });

  it('multiplies brackets, nested and square: Mg(BH4)2, Ca(NO3)2, Mg[Al(OC(CF3)3)4]2', () => {
    expectComposition(unwrap(parseFormula('Mg(BH4)2')), { Mg: 1, B: 2, H: 8 });
    expectComposition(unwrap(parseFormula('Ca(NO3)2')), { Ca: 1, N: 2, O: 6 });
    // Mg[Al(hfip)4]2 with hfip = OC(CF3)2H is the same shape; here the perfluoro-tert-butoxide.
    expectComposition(unwrap(parseFormula('Mg[Al(OC(CF3)3)4]2')), { Mg: 1, Al: 2, O: 8, C: 32, F: 72 });
    expectComposition(unwrap(parseFormula('(Mg)(O)')), { Mg: 1, O: 1 });
  });

  it('reads hydrate dots "·" and ASCII "." alike: MgCl2·6H2O = MgCl2.6H2O = {Mg: 1, Cl: 2, H: 12, O: 6}', () => {
    const expected = { Mg: 1, Cl: 2, H: 12, O: 6 };
    const middle = parseFormula('MgCl2·6H2O');
    expectComposition(unwrap(middle), expected);
    expect(middle.kind === 'ok' && middle.warnings).toEqual([]);
    expectComposition(unwrap(parseFormula('MgCl2.6H2O')), expected);
    expectComposition(unwrap(parseFormula('MgCl2 · 6 H2O'.replace('6 H', '6H'))), expected);
    expectComposition(unwrap(parseFormula('MgCl2*6H2O')), expected);
    expectComposition(unwrap(parseFormula('NaCl.H2O')), { Na: 1, Cl: 1, H: 2, O: 1 });
  });

  it('the ambiguous ASCII "." in MgCl2.6H2O is read as a hydrate dot, with a warning naming the other reading', () => {
    const r = parseFormula('MgCl2.6H2O');
    expect(r.kind === 'ok' && r.warnings.map((w) => w.message)).toEqual([
      `"MgCl2.6H2O": column 6: "." read as an adduct dot (… 2 · 6…); if 2.6 is a count, pass { asciiDot: 'decimal' }`,
    ]);
    expectComposition(unwrap(parseFormula('MgCl2.6H2O', { asciiDot: 'decimal' })), { Mg: 1, Cl: 2.6, H: 2, O: 1 });
  });

  it('reads decimal counts and coefficients: Mg(BH4)2·1.5NH3, Li0.5CoO2, Mg1.5', () => {
    expectComposition(unwrap(parseFormula('Mg(BH4)2·1.5NH3')), { Mg: 1, B: 2, H: 12.5, N: 1.5 });
    expectComposition(unwrap(parseFormula('Mg(BH4)2.1.5NH3')), { Mg: 1, B: 2, H: 12.5, N: 1.5 });
    const li = parseFormula('Li0.5CoO2');
    expectComposition(unwrap(li), { Li: 0.5, Co: 1, O: 2 });
    expect(li.kind === 'ok' && li.warnings).toEqual([]);
    expectComposition(unwrap(parseFormula('Mg1.5')), { Mg: 1.5 });
  });

  it('a formula that writes decimal counts elsewhere reads its ambiguous "." as a decimal point (Li-rich NMC)', () => {
    const r = parseFormula('Li1.2Mn0.54Ni0.13Co0.13O2');
    expectComposition(unwrap(r), { Li: 1.2, Mn: 0.54, Ni: 0.13, Co: 0.13, O: 2 });
    expect(r.kind === 'ok' && r.warnings.length).toBe(1);
    // …and asciiDot forces either reading, without a warning.
    const hydrate = parseFormula('Li1.2Mn0.54Ni0.13Co0.13O2', { asciiDot: 'hydrate' });
    expectComposition(unwrap(hydrate), { Li: 1, Mn: 1.08, Ni: 0.26, Co: 0.26, O: 4 });
    expect(hydrate.kind === 'ok' && hydrate.warnings).toEqual([]);
  });

  it('reads subscript digits (MgCl₂·6H₂O) and ignores spaces at the ends and around dots', () => {
    expectComposition(unwrap(parseFormula(' MgCl₂ · 6H₂O ')), { Mg: 1, Cl: 2, H: 12, O: 6 });
  });

  it('a leading coefficient multiplies its adduct: 2H2O → {H: 4, O: 2}', () => {
    expectComposition(unwrap(parseFormula('2H2O')), { H: 4, O: 2 });
  });
});

describe('parseFormula errors name the column and what was expected', () => {
  const cases: readonly [string, string][] = [
    ['', '"": column 1: there is no formula; expected an element symbol such as "Mg"'],
    ['   ', '"   ": column 4: there is no formula; expected an element symbol such as "Mg"'],
    ['Mg(OH', '"Mg(OH": column 6: "(" at column 3 is never closed; expected ")"'],
    ['Mg(OH]2', '"Mg(OH]2": column 6: expected ")" to close the "(" at column 3; got "]"'],
    ['MgO)', '"MgO)": column 4: ")" has no matching opening bracket'],
    ['Mg()', '"Mg()": column 4: expected an element symbol or "(" inside "("; got ")"'],
    ['MgCl2·', '"MgCl2·": column 7: expected a formula after the adduct dot "·"; got the end'],
    ['MgCl2·6', '"MgCl2·6": column 8: expected an element symbol or "(" after the coefficient 6; got the end'],
    ['·H2O', '"·H2O": column 1: expected an element symbol or "("; got "·"'],
    ['Xy2', '"Xy2": column 1: "Xy" is not an element symbol'],
    ['MgXe', '"MgXe": column 3: no atomic weight for Xe in ATOMIC_WEIGHTS (src/physics/atomic-weights.ts); add its CIAAW 2021 value'],
    ['mgO', '"mgO": column 1: element symbols start with a capital letter; got "mg" (did you mean "Mg"?)'],
    ['Mg2+', '"Mg2+": column 4: charges are not supported (got "+"); give the neutral formula, e.g. "MgCl2" for Mg²⁺ + 2 Cl⁻'],
    ['Mg0O', '"Mg0O": column 3: a count must be a finite number > 0; got "0"'],
    ['Mg Cl2', '"Mg Cl2": column 3: spaces are allowed only at the ends and around an adduct dot "·"'],
    ['H1e3', '"H1e3": column 3: element symbols start with a capital letter; got "e"'],
    [`H${'9'.repeat(400)}`, `"H${'9'.repeat(400)}": column 2: a count must be a finite number > 0; got "${'9'.repeat(400)}"`],
    [`${'('.repeat(30)}H${')99999999999'.repeat(30)}`, `"${'('.repeat(30)}H${')99999999999'.repeat(30)}": column 1: the count of H overflows (the multipliers multiply past 1.8e308)`],
    ['Mg(TFSI)2', '"Mg(TFSI)2": column 4: "T" is not an element symbol'],
    ['MgCl2%', '"MgCl2%": column 6: expected an element symbol, "(", a count, an adduct dot "·" or the end; got "%"'],
  ];
  for (const [text, message] of cases) {
    it(`${JSON.stringify(text)} → ${message.slice(message.indexOf('column'))}`, () => {
      expect(errorMessage(text)).toBe(message);
    });
  }

  it(`rejects nesting deeper than ${MAX_FORMULA_NESTING} levels instead of overflowing the stack`, () => {
    const deep = (n: number) => `${'('.repeat(n)}H${')'.repeat(n)}`;
    expectComposition(unwrap(parseFormula(deep(MAX_FORMULA_NESTING))), { H: 1 });
    expect(errorMessage(deep(MAX_FORMULA_NESTING + 1))).toMatch(/nested more than 32 deep/);
    expect(errorMessage(deep(100_000))).toMatch(/nested more than 32 deep/);
  });

  it('molarMass and compositionOf throw an InputError carrying the parse message', () => {
    expect(() => molarMass('Mg(OH')).toThrow(InputError);
    expect(() => molarMass('Mg(OH')).toThrow('"Mg(OH": column 6: "(" at column 3 is never closed; expected ")"');
    expect(() => compositionOf('mgo')).toThrow(/did you mean "Mg"/);
    expect(() => molarMass({})).toThrow(/has no atoms/);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties (fast-check)

type Node = { readonly kind: 'element'; readonly el: Element; readonly n: number } | { readonly kind: 'group'; readonly open: '(' | '['; readonly parts: readonly Node[]; readonly n: number };
interface Adduct {
  readonly coefficient: number;
  readonly parts: readonly Node[];
}

const ELEMENTS = Object.keys(ATOMIC_WEIGHTS) as Element[];
const integerCount = fc.integer({ min: 1, max: 40 });
/** Decimal counts written with at most 3 decimals, e.g. 0.125, 2.5 (exact as text). */
const decimalCount = fc.integer({ min: 1, max: 40_000 }).map((k) => k / 1000);

function nodeArb(count: fc.Arbitrary<number>): fc.Arbitrary<Node> {
  const { node } = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ kind: fc.constant('element' as const), el: fc.constantFrom(...ELEMENTS), n: count }),
      fc.record({
        kind: fc.constant('group' as const),
        open: fc.constantFrom('(' as const, '[' as const),
        parts: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
        n: count,
      }),
    ),
  }));
  return node;
}

function adductsArb(count: fc.Arbitrary<number>, minLength = 1): fc.Arbitrary<Adduct[]> {
  return fc.array(
    fc.record({ coefficient: fc.oneof(fc.constant(1), count), parts: fc.array(nodeArb(count), { minLength: 1, maxLength: 4 }) }),
    { minLength, maxLength: 3 },
  );
}

function renderNode(node: Node): string {
  const n = node.n === 1 ? '' : String(node.n);
  if (node.kind === 'element') return `${node.el}${n}`;
  return `${node.open}${node.parts.map(renderNode).join('')}${node.open === '(' ? ')' : ']'}${n}`;
}

function render(adducts: readonly Adduct[], dot: string): string {
  return adducts.map((a) => `${a.coefficient === 1 ? '' : String(a.coefficient)}${a.parts.map(renderNode).join('')}`).join(dot);
}

/** The composition the AST describes, computed without the parser. */
function evaluate(adducts: readonly Adduct[]): Record<string, number> {
  const out: Record<string, number> = {};
  const visit = (node: Node, factor: number): void => {
    if (node.kind === 'element') out[node.el] = (out[node.el] ?? 0) + factor * node.n;
    else for (const p of node.parts) visit(p, factor * node.n);
  };
  for (const a of adducts) for (const p of a.parts) visit(p, a.coefficient);
  return out;
}


describe('parseFormula properties (fast-check)', () => {
  it('never throws on arbitrary text; every error names a column inside the text (or one past its end)', () => {
    const alphabet = fc.constantFrom(...'HMgClOo()[]·.*0123456789 +-₂%xX'.split(''), 'Mo', 'S');
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')));
    fc.assert(
      fc.property(text, (t) => {
        const r = parseFormula(t);
        expect(['ok', 'error']).toContain(r.kind);
        if (r.kind === 'ok') return;
        expect(r.errors).toHaveLength(1);
        const column = Number(/column (\d+):/.exec(r.errors[0]?.message ?? '')?.[1]);
        expect(column).toBeGreaterThanOrEqual(1);
        expect(column).toBeLessThanOrEqual(t.length + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('generated formulas with integer counts and ASCII "." dots round-trip to the composition of their tree', () => {
    fc.assert(
      fc.property(adductsArb(integerCount), (adducts) => {
        expectComposition(unwrap(parseFormula(render(adducts, '.'))), evaluate(adducts));
      }),
      { numRuns: 500 },
    );
  });

  it('generated formulas with decimal counts and "·" dots round-trip to the composition of their tree', () => {
    // At least two adducts, so the text has a "·" and an ambiguous "." is read as a decimal point.
    fc.assert(
      fc.property(adductsArb(fc.oneof(integerCount, decimalCount), 2), fc.constantFrom('·', ' · ', '*'), (adducts, dot) => {
        expectComposition(unwrap(parseFormula(render(adducts, dot))), evaluate(adducts));
      }),
      { numRuns: 500 },
    );
  });

  it('truncated formulas never throw, and a prefix ending in "(" or a dot is an error', () => {
    fc.assert(
      fc.property(adductsArb(fc.oneof(integerCount, decimalCount)), fc.nat(), (adducts, cut) => {
        const text = render(adducts, '·');
        const prefix = text.slice(0, cut % (text.length + 1));
        const r = parseFormula(prefix);
        expect(['ok', 'error']).toContain(r.kind);
        if (/[([·]$/.test(prefix) || prefix.length === 0) expect(r.kind).toBe('error');
      }),
      { numRuns: 500 },
    );
  });

  it('a formula with a character no formula can hold inserted anywhere is an error Result', () => {
    fc.assert(
      fc.property(adductsArb(integerCount), fc.nat(), fc.constantFrom(...'%$!?q+=&#@)]^'.split('')), (adducts, at, bad) => {
        const text = render(adducts, '·');
        const i = at % (text.length + 1);
        expect(parseFormula(`${text.slice(0, i)}${bad}${text.slice(i)}`).kind).toBe('error');
      }),
      { numRuns: 1000 },
    );
  });

  it('formatFormula writes Hill order and reads back to the same composition (asciiDot: decimal)', () => {
    const composition = fc.dictionary(fc.constantFrom(...ELEMENTS), fc.oneof(integerCount, decimalCount), { minKeys: 1 });
    fc.assert(
      fc.property(composition, (c) => {
        expectComposition(unwrap(parseFormula(formatFormula(c as Composition), { asciiDot: 'decimal' })), c);
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatFormula: Hill order (Hill, J. Am. Chem. Soc. 22, 478 (1900))', () => {
  it('writes C first, then H, then alphabetical; without C all alphabetical', () => {
    expect(formatFormula(unwrap(parseFormula('MgCl2·6H2O')))).toBe('Cl2H12MgO6');
    expect(formatFormula(unwrap(parseFormula('Mg(CF3SO3)2')))).toBe('C2F6MgO6S2');
    expect(formatFormula(unwrap(parseFormula('CH3CH2OH')))).toBe('C2H6O');
  });
});

describe('the element symbol list', () => {
  it('has the 118 elements, each once, H first and Og last', () => {
    expect(ELEMENT_SYMBOLS.length).toBe(118);
    expect(new Set(ELEMENT_SYMBOLS).size).toBe(118);
    expect([ELEMENT_SYMBOLS[0], ELEMENT_SYMBOLS[11], ELEMENT_SYMBOLS[41], ELEMENT_SYMBOLS[117]]).toEqual(['H', 'Mg', 'Mo', 'Og']);
  });
});
