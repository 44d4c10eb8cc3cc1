import { describe, expect, it } from 'vitest';
import { readKnowledgeFiles } from '../../src/cli/knowledge-files.ts';
import { loadKnowledgeBase, table1 } from '../../src/knowledge/index.ts';
import { countMarks, knowledgeReportHtml, mofConductorRows, PLOT_NAMES, plotSpec, renderPlot, table1Csv } from '../../src/report/index.ts';
import { InputError, quantity } from '../../src/units/index.ts';
import { unwrap } from '../helpers.ts';

const kb = unwrap(loadKnowledgeBase(readKnowledgeFiles()));

describe('plots of the knowledge base', () => {
  it('mof-conductivity draws the six MOF Mg²⁺ conductors the review gives a room-temperature σ for, and the target', async () => {
    // Review §4.1: Aubrey [97], MIT-20 [99], Cu4(tppm)2 [100], MIL-101 [101], Hassan [102], Mg-MOF-74 film [104].
    const rows = mofConductorRows(kb, quantity('15 degC', 'temperature'), quantity('35 degC', 'temperature'));
    expect(rows.map((r) => r.entityId).sort()).toEqual(
      ['cu4-tppm2', 'mg-mof-74-film-aao', 'mg2-dobpdc', 'mgbp3dc-mg3-hcoo6-mixture', 'mil-101-mg-tfsi', 'mit-20'].sort(),
    );
    const plot = await renderPlot(kb, 'mof-conductivity');
    expect(plot.svg.startsWith('<svg')).toBe(true);
    expect(countMarks(plot.svg, 'symbol')).toBe(6);
    expect(countMarks(plot.svg, 'rule')).toBe(2); // the target line in both panels
    expect(plot.svg).toContain('Mg2(dobpdc)');
  });

  it('arrhenius draws a line per material with σ and Ea: one reported (0.22 eV), one derived from two σ(T) points', async () => {
    const plot = await renderPlot(kb, 'arrhenius');
    expect(countMarks(plot.svg, 'line')).toBe(2);
    expect(countMarks(plot.svg, 'symbol')).toBe(3); // 1 + 2 measured points
    expect(plot.svg).toMatch(/Ea 0\.22 eV, reported/);
    expect(plot.svg).toMatch(/Ea 0\.59 eV, derived/);
  });

  it('retention draws the 17 rows of Table 1 that give both retention and cycles', async () => {
    const plot = await renderPlot(kb, 'retention');
    expect(countMarks(plot.svg, 'symbol')).toBe(17);
    expect(countMarks(plot.svg, 'text')).toBeGreaterThanOrEqual(17);
  });

  it('conductivity-ladder draws every Mg²⁺ conductivity: points, range bars and the target', async () => {
    // Mg²⁺ conductors, plus family-wide statements that name no ion (the IL@MOF range of ref. [115]).
    const counted = (id: string): boolean => {
      const e = kb.byId.get(id);
      return e !== undefined && (e.ion === 'Mg2+' || e.ion === 'Mg2+/Li+' || (e.ion === undefined && e.family !== undefined));
    };
    const mg = kb.values.filter((v) => v.property === 'ionic-conductivity' && counted(v.entityId));
    expect(mg.filter((v) => v.amount.kind === 'range').map((v) => v.id)).toEqual(['il-at-mof-hybrid-electrolytes/ionic-conductivity']);
    const plot = await renderPlot(kb, 'conductivity-ladder');
    expect(countMarks(plot.svg, 'symbol')).toBe(mg.filter((v) => v.amount.kind === 'point').length);
    expect(countMarks(plot.svg, 'rule')).toBe(mg.filter((v) => v.amount.kind === 'range').length + 1);
    expect(mg.length).toBeGreaterThan(15);
  });

  it('plot parameters are checked: unit, dimension, range and name', () => {
    expect(() => plotSpec(kb, 'arrhenius', { tMin: '2 um' })).toThrow(/tMin: "2 um".*not a temperature/);
    expect(() => plotSpec(kb, 'arrhenius', { tMin: '80 degC', tMax: '20 degC' })).toThrow(/tMin must be below tMax/);
    expect(() => plotSpec(kb, 'retention', { targetConductivity: '1 S/cm' })).toThrow(/has no parameter "targetConductivity": it takes none/);
    expect(() => plotSpec(kb, 'pie-chart')).toThrow(InputError);
  });

  it('a parameter changes the drawing: the target line moves', async () => {
    const a = await renderPlot(kb, 'conductivity-ladder');
    const b = await renderPlot(kb, 'conductivity-ladder', { targetConductivity: '1e-3 S/cm' });
    expect(a.svg).not.toBe(b.svg);
    expect(b.svg).toContain('target 1e-3 S/cm');
  });

  it('specs are plain JSON data (they will drive the web studio unchanged)', () => {
    for (const name of PLOT_NAMES) {
      const { spec } = plotSpec(kb, name);
      expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    }
  });
});

describe('Table 1 and the HTML report', () => {
  it('CSV has a header and 19 rows, empty retention where the review gives none', () => {
    const lines = table1Csv(table1(kb)).trimEnd().split('\r\n');
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe('row,group,approach,batteryType,anode,cathode,retentionPercent,cycles,reference');
    expect(lines[3]).toBe('3,Structural and interface layers,ALD Al2O3-coated carbon shell,LIBs,ALD Al2O3/HCS,Li,,500,130');
  });

  it('the report holds every plot, all of Table 1 and the flagged text, with no external resource', async () => {
    const plots = await Promise.all(PLOT_NAMES.map((n) => renderPlot(kb, n)));
    const html = knowledgeReportHtml({
      generatedAt: '2026-01-01T00:00:00Z',
      reviewCitation: 'Salado et al. 2025',
      stats: { entities: 1, values: 1, references: 142, referencesCited: 1, mofEntities: 1, byCategory: {}, byProperty: {}, flaggedEntities: 0, flaggedValues: 0, flagsByKind: {} },
      plots,
      table1: table1(kb),
      entities: kb.entities,
      highlights: [],
    });
    expect(html.match(/<svg/g)).toHaveLength(4);
    expect(html.match(/<tr><td class="num">\d+<\/td>/g)).toHaveLength(19);
    expect(html).toContain('Mg | o6S8');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });
});
