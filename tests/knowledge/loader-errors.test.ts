import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKnowledgeFiles } from '../../src/cli/knowledge-files.ts';
import { loadKnowledgeBase, REFERENCES_FILE, type TextFile } from '../../src/knowledge/index.ts';
import { formatIssue } from '../../src/units/index.ts';

const bibliography = readKnowledgeFiles().find((f) => f.name === REFERENCES_FILE) as TextFile;

// The real bibliography with only entry [97] kept, so the property tests run thousands of loads quickly.
const references: TextFile = {
  name: REFERENCES_FILE,
  text: bibliography.text.replace(/\nreferences:\n[\s\S]*$/, '') + `
references:
  - n: 97
    authors: [M. L. Aubrey, R. Ameloot, B. M. Wiers, J. R. Long]
    firstAuthor: Aubrey
    journal: Energy Environ. Sci.
    year: 2014
    volume: "7"
    pages: "667"
    asWritten: "M. L. Aubrey, R. Ameloot, B. M. Wiers, J. R. Long, *Energy Environ. Sci.* **2014**, *7*, 667."
`,
};

function entityFile(body: string): TextFile {
  return { name: 'test.yaml', text: body };
}

const GOOD = `about: a test file
entities:
  - id: test-material
    name: Test material
    category: mof-solid-electrolyte
    mof: true
    ion: Mg2+
    description: A material for testing the loader.
    section: "4.1"
    refs: [97]
    values:
      - property: ionic-conductivity
        value: 2.5e-4
        unit: S/cm
        asWritten: "2.5 × 10^-4 S cm^-1"
        conditions: { temperature: RT }
        where: { section: "4.1" }
        refs: [97]
`;

function errorsOf(files: TextFile[]): string[] {
  const r = loadKnowledgeBase(files);
  expect(r.kind).toBe('error');
  return r.kind === 'error' ? r.errors.map(formatIssue) : [];
}

describe('the knowledge-base loader', () => {
  it('loads a valid file and converts to SI, RT taken as 25 °C and marked assumed', () => {
    const r = loadKnowledgeBase([references, entityFile(GOOD)]);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    const v = r.value.valuesById.get('test-material/ionic-conductivity');
    expect(v?.amount).toEqual({ kind: 'point', value: 0.025 });
    expect(v?.unit).toBe('S/m');
    expect(v?.conditions.temperature?.value).toBe(298.15);
    expect(v?.conditions.temperature?.assumed).toMatch(/25 °C/);
  });

  it('reports a unit of the wrong dimension with file, line and path', () => {
    const errors = errorsOf([references, entityFile(GOOD.replace('unit: S/cm', 'unit: mA/cm2'))]);
    expect(errors).toEqual([expect.stringMatching(/^test\.yaml:14: entities\[0\]\.values\[0\]\.unit: .*current density, not a conductivity/)]);
  });

  it('reports an unknown category with its line', () => {
    expect(errorsOf([references, entityFile(GOOD.replace('category: mof-solid-electrolyte', 'category: mof-thing'))])).toEqual([
      expect.stringMatching(/^test\.yaml:5: entities\[0\]\.category: /),
    ]);
  });

  it('reports a reference that is not in the bibliography', () => {
    expect(errorsOf([references, entityFile(GOOD.replace('refs: [97]\n    values', 'refs: [999]\n    values'))])).toEqual([
      expect.stringMatching(/^test\.yaml:10: entities\[0\]\.refs\[0\]: reference \[999\] is not in the review's bibliography/),
    ]);
  });

  it('reports duplicate ids across files', () => {
    const errors = errorsOf([references, entityFile(GOOD), { name: 'other.yaml', text: GOOD }]);
    expect(errors.some((e) => /^other\.yaml:3: entities\[0\]\.id: id "test-material" is already used in test\.yaml/.test(e))).toBe(true);
  });

  it('requires a source and a unit on every value', () => {
    const noRefs = errorsOf([references, entityFile(GOOD.replace('        refs: [97]\n', '        refs: []\n'))]);
    expect(noRefs.join('\n')).toMatch(/every value needs a source/);
    const noUnit = errorsOf([references, entityFile(GOOD.replace('        unit: S/cm\n', ''))]);
    expect(noUnit.join('\n')).toMatch(/values\[0\]\.unit/);
  });

  it('reports malformed YAML with its line', () => {
    expect(errorsOf([references, entityFile(`${GOOD}  - id: [unclosed\n`)])).toEqual([expect.stringMatching(/^test\.yaml:(19|20): /)]);
  });

  it('needs the bibliography', () => {
    expect(errorsOf([entityFile(GOOD)])).toEqual([expect.stringMatching(/references\.yaml: missing/)]);
  });

  it('relates only to entities that exist', () => {
    const text = GOOD.replace('    refs: [97]\n    values', '    refs: [97]\n    related: [no-such-thing]\n    values');
    expect(errorsOf([references, entityFile(text)]).join('\n')).toMatch(/related to "no-such-thing", which does not exist/);
  });
});

describe('the loader never throws and never hangs (fast-check)', () => {
  it('on truncated files', () => {
    fc.assert(
      fc.property(fc.nat(GOOD.length), (n) => {
        const r = loadKnowledgeBase([references, entityFile(GOOD.slice(0, n))]);
        expect(['ok', 'error']).toContain(r.kind);
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated files', () => {
    fc.assert(
      fc.property(fc.nat(GOOD.length), fc.nat(8), fc.string({ maxLength: 6 }), (at, cut, insert) => {
        const text = GOOD.slice(0, at) + insert + GOOD.slice(at + cut);
        expect(['ok', 'error']).toContain(loadKnowledgeBase([references, entityFile(text)]).kind);
      }),
      { numRuns: 500 },
    );
  });

  it('on random text, including YAML alias bombs', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n';
    expect(loadKnowledgeBase([references, entityFile(bomb)]).kind).toBe('error');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(loadKnowledgeBase([references, entityFile(text)]).kind).toBe('error');
      }),
      { numRuns: 500 },
    );
  });
});
