import { describe, expect, it } from 'vitest';
import { loadStack, simulate, type SimulationResult, type Stack } from '../../src/cell/index.ts';
import { FARADAY, GAS_CONSTANT } from '../../src/units/index.ts';
import { unwrap } from '../helpers.ts';

/** A stack from YAML text, failing the test on any error. */
function stack(text: string): Stack {
  return unwrap(loadStack(text, { name: 'test.yaml' }));
}

function run(text: string, options: Parameters<typeof simulate>[1] = {}): SimulationResult {
  return simulate(stack(text), options);
}

const SOLID_ONLY = (i0: string, protocol: string) => `
name: single-ion conductors only
cell: { kind: symmetric, temperature: 25 degC }
metal: { exchangeCurrentDensity: ${i0} }
film: { growth: none, thickness: 0 nm }
layers:
  - { kind: solid, name: MOF electrolyte, thickness: 20 um, conductivity: 2.5e-4 S/cm, conductivityTemperature: 25 degC }
  - { kind: solid, name: artificial SEI, thickness: 100 nm, conductivity: 1e-7 S/cm, conductivityTemperature: 25 degC }
protocol:
  steps:
${protocol}
`;

describe('verification of the cell model against independent references', () => {
  it('single-ion layers only, fast kinetics, no film: V = i·ΣL/σ to 1e-9 relative', () => {
    const r = run(SOLID_ONLY('1e12 A/m2', '    - Strip at 1 mA/cm2 for 10 min\n    - Plate at 0.5 mA/cm2 for 10 min'), { series: 'all' });
    // Hand calculation: both electrodes carry the two layers (symmetric cell).
    const perSide = 20e-6 / 2.5e-2 + 100e-9 / 1e-5; // Ω·m²: L/σ with σ in S/m
    const series = r.series;
    expect(series).not.toBeNull();
    if (series === null) return;
    const t = series.columns.indexOf('current density');
    const v = series.columns.indexOf('cell voltage');
    let checked = 0;
    for (let j = 0; j < series.length; j++) {
      const i = series.data[t]?.[j] ?? 0;
      const expected = i * 2 * perSide;
      expect(Math.abs((series.data[v]?.[j] ?? 0) - expected) / Math.abs(expected)).toBeLessThan(1e-9);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('small-signal Butler–Volmer gives R_ct = RT/(zF·i0) per electrode (z = 2)', () => {
    const i0 = 1; // A/m²
    const r = run(SOLID_ONLY(`${i0} A/m2`, '    - Strip at 0.0001 mA/cm2 for 1 min'), { series: 'all' });
    const s = r.series;
    if (s === null) return expect.fail('no series');
    const last = s.length - 1;
    const kinetic = (s.data[s.columns.indexOf('kinetic working')]?.[last] ?? 0) + (s.data[s.columns.indexOf('kinetic counter')]?.[last] ?? 0);
    const i = s.data[s.columns.indexOf('current density')]?.[last] ?? 0;
    const rct = (GAS_CONSTANT * 298.15) / (2 * FARADAY * i0); // Ω·m², independent formula
    expect(rct * 1e4).toBeCloseTo(128.46, 1); // Ω·cm² (docs/mg-parameters.md §1.4)
    expect(kinetic / i / (2 * rct)).toBeCloseTo(1, 6);
  });
});

const LIQUID = (opts: { thickness?: string; volumes?: number; water?: string; polarisation?: string; growth?: string; layer?: string; protocol: string; kind?: string }) => `
name: liquid cell
cell: { kind: ${opts.kind ?? 'symmetric'}, temperature: 25 degC }
metal: { exchangeCurrentDensity: 1 mA/cm2, nucleationOverpotential: 0.2 V, nucleationCharge: 0.02 mAh/cm2 }
film: { growth: ${opts.growth ?? 'solvent-diffusion-limited'}, thickness: 5 nm, conductivity: 1e-8 S/cm, solventDiffusivity: 1e-21 m2/s }
layers:
${opts.layer ?? ''}
  - kind: liquid
    name: 0.5 M Mg(TFSI)2/DME
    thickness: ${opts.thickness ?? '675 um'}
    porosity: ${opts.thickness === undefined ? 0.9 : 1}
    tortuosity: ${opts.thickness === undefined ? 1.1 : 1}
    concentration: 0.5 M
    diffusivity: 3e-10 m2/s
    transferenceNumber: 0.4
    volumes: ${opts.volumes ?? 24}
    water: ${opts.water ?? '0 ppm'}
    polarisation: ${opts.polarisation ?? 'binary'}
water: { rateConstant: 1e-8 m/s, productConductivity: 1e-8 S/cm }
protocol:
${opts.protocol}
`;

describe('binary electrolyte: depletion, conservation, tolerance', () => {
  it("the simulated onset of depletion matches Sand's time t_S = πD(z·c0·F)²/(4(J·t−)²) within 2 %", () => {
    // Thick separator, ε = τ = 1: semi-infinite on the time scale of the test (√(D·t_S) ≈ 1.1 mm ≪ the 5 mm half-gap).
    const J = 40; // A/m² = 4 mA/cm²
    const r = run(LIQUID({ thickness: '10 mm', volumes: 120, growth: 'none', protocol: '  steps:\n    - Plate at 4 mA/cm2 for 10 h' }));
    const D = 3e-10;
    const c0 = 500;
    const tMinus = 0.6;
    const sand = (Math.PI * D * (2 * c0 * FARADAY) ** 2) / (4 * (J * tMinus) ** 2); // Sand 1901; Bai et al. 2016
    expect(r.failure?.reason).toBe('sand');
    expect(sand).toBeCloseTo(3808.1, 0); // by hand: π·3e-10·(2·500·96485.33)²/(4·(40·0.6)²)
    const error = Math.abs((r.failure?.time_s ?? 0) - sand) / sand;
    expect(error).toBeLessThan(0.02);
    expect(error).toBeGreaterThan(0); // a semi-discrete model cannot hit it exactly: the check is real
    expect(r.failure?.message).toMatch(/dendrite/);
  });

  it('conserves Mg (metal + film + passivation + electrolyte) to 1e-10 over 1000 cycles, with film growth and water', () => {
    const r = run(
      LIQUID({
        water: '200 ppm',
        protocol: '  steps:\n    - repeat: 1000\n      steps:\n        - Plate at 1 mA/cm2 for 30 min\n        - Rest for 5 min\n        - Strip at 1 mA/cm2 for 30 min',
      }),
    );
    expect(r.summary).toHaveLength(1000);
    expect(r.inventory.final.film + r.inventory.final.passivation).toBeGreaterThan(r.inventory.initial.film * 1.5);
    expect(Math.abs(r.inventory.final.total - r.inventory.initial.total) / r.inventory.initial.total).toBeLessThan(1e-10);
  });

  it('halving the tolerance changes the answer by less than the tolerance', () => {
    const text = LIQUID({ protocol: '  steps:\n    - repeat: 20\n      steps:\n        - Plate at 2 mA/cm2 for 1 h\n        - Strip at 2 mA/cm2 for 1 h' });
    const a = run(text, { rtol: 1e-6 });
    const b = run(text, { rtol: 5e-7 });
    const last = (r: SimulationResult) => r.summary[r.summary.length - 1];
    for (const key of ['filmThickness_m', 'meanAbsOverpotential_V', 'maxAbsOverpotential_V'] as const) {
      const x = last(a)?.[key] ?? NaN;
      const y = last(b)?.[key] ?? NaN;
      expect(Math.abs(x - y) / Math.abs(y)).toBeLessThan(1e-6);
    }
  });
});

describe('molecular sieving by a MOF layer', () => {
  const protocol = '  steps:\n    - repeat: 50\n      steps:\n        - Plate at 0.5 mA/cm2 for 1 h\n        - Strip at 0.5 mA/cm2 for 1 h';
  const mof = (pld: string) => `  - { kind: solid, name: MOF layer, thickness: 500 nm, conductivity: 1e-6 S/cm, poreLimitingDiameter: ${pld} }`;
  const grown = (r: SimulationResult) => (r.summary[r.summary.length - 1]?.filmThickness_m ?? NaN) - 5e-9;

  it('a ZIF-8-like layer (PLD 3.4 Å) slows film growth in DME; a wide-pore layer (12 Å) does not', () => {
    const bare = run(LIQUID({ protocol }));
    const zif8 = run(LIQUID({ protocol, layer: mof('3.4 angstrom') }));
    const wide = run(LIQUID({ protocol, layer: mof('12 angstrom') }));
    expect(grown(bare)).toBeGreaterThan(1e-10);
    expect(grown(zif8)).toBeLessThan(0.2 * grown(bare));
    expect(Math.abs(grown(wide) - grown(bare)) / grown(bare)).toBeLessThan(1e-3);
  });
});

describe('double layer and electronic leakage', () => {
  it('with a double-layer capacitance the voltage relaxes to the quasi-static Butler–Volmer value (time constant R_ct·C_dl)', () => {
    const text = (cdl: string) =>
      SOLID_ONLY('1 A/m2', '    - Strip at 0.05 mA/cm2 for 10 s').replace('metal: { exchangeCurrentDensity: 1 A/m2 }', `metal: { exchangeCurrentDensity: 1 A/m2, doubleLayerCapacitance: ${cdl} }`);
    const quasi = run(text('0 uF/cm2'), { series: 'all' });
    const dl = run(text('20 uF/cm2'), { series: 'all' });
    const v = (r: SimulationResult, j: number) => r.series?.data[r.series.columns.indexOf('cell voltage')]?.[j] ?? NaN;
    const lastQ = (quasi.series?.length ?? 1) - 1;
    const lastD = (dl.series?.length ?? 1) - 1;
    // τ = R_ct·C_dl = 128 Ω·cm² · 20 µF/cm² ≈ 2.6 ms ≪ 10 s: the end values agree.
    expect(v(dl, lastD) / v(quasi, lastQ)).toBeCloseTo(1, 6);
    // At t = 0 the interface has not charged yet: only the ohmic part is there.
    expect(Math.abs(v(dl, 0))).toBeLessThan(0.5 * Math.abs(v(quasi, 0)));
  });

  it('an all-solid stack whose layers conduct electrons fails as an electronic short', () => {
    const text = SOLID_ONLY('1 A/m2', '    - Strip at 1 mA/cm2 for 1 h').replace(
      'conductivity: 2.5e-4 S/cm, conductivityTemperature: 25 degC }',
      'conductivity: 2.5e-4 S/cm, conductivityTemperature: 25 degC, electronicConductivity: 1 S/cm }',
    ).replace('conductivity: 1e-7 S/cm, conductivityTemperature: 25 degC }', 'conductivity: 1e-7 S/cm, conductivityTemperature: 25 degC, electronicConductivity: 1e-3 S/cm }');
    const r = run(text);
    expect(r.failure?.reason).toBe('electronic-short');
    expect(r.failure?.message).toMatch(/electron-blocking layer/);
  });
});
