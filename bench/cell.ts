/**
 * Simulator benchmark: simulated cycles per second for a symmetric Mg||Mg cell
 *   (a) film growth only (no concentration polarisation), 10 000 cycles;
 *   (b) film growth + concentration polarisation (binary Mg(TFSI)2/DME in GF/D), 1 000 cycles;
 *   (c) the same with 300 ppm water, 1 000 cycles;
 * and for a full Mg||Mo6S8 cell (solid-state diffusion in 12 shells, two-site Chevrel OCV, trapping,
 * film growth on the anode, concentration polarisation, C/2 between 0.5 and 1.8 V):
 *   (d) 1 000 cycles without and (e) with cathode active-material loss.
 *   node --import tsx bench/cell.ts
 */
import { cpus } from 'node:os';
import { loadStack, simulate, type Stack } from '../src/cell/index.ts';

function stack(polarisation: 'binary' | 'ohmic', cycles: number, water = '0 ppm'): Stack {
  const r = loadStack(`
name: bench
cell: { kind: symmetric }
metal: { exchangeCurrentDensity: 0.1 mA/cm2, nucleationOverpotential: 0.3 V, nucleationCharge: 0.02 mAh/cm2 }
film: { growth: solvent-diffusion-limited, thickness: 5 nm, conductivity: 1e-7 S/cm, solventDiffusivity: 1e-18 m2/s }
layers:
  - { kind: solid, name: MOF, thickness: 1 um, conductivity: 1e-6 S/cm, poreLimitingDiameter: 3.4 angstrom }
  - { kind: liquid, thickness: 675 um, porosity: 0.9, tortuosity: 1.1, concentration: 0.5 M, diffusivity: 3e-10 m2/s, transferenceNumber: 0.4, polarisation: ${polarisation}, water: ${water} }
protocol:
  steps:
    - repeat: ${cycles}
      steps:
        - Plate at 0.5 mA/cm2 for 1 h
        - Strip at 0.5 mA/cm2 for 1 h
`);
  if (r.kind === 'error') throw new Error('bench stack invalid');
  return r.value;
}

function fullCell(cycles: number, loss: string): Stack {
  const r = loadStack(`
name: bench full cell
cell: { kind: full, area: 1 cm2, temperature: 25 degC }
metal: { thickness: 100 um, exchangeCurrentDensity: 0.2 mA/cm2, nucleationOverpotential: 0.15 V }
film: { growth: solvent-diffusion-limited, thickness: 3 nm, conductivity: 1e-6 S/cm, molarVolume: 41 cm3/mol, solventDiffusivity: 1e-18 m2/s }
layers:
  - { kind: liquid, thickness: 260 um, porosity: 0.9, tortuosity: 1.1, concentration: 0.5 M, conductivity: 4 mS/cm, diffusivity: 3e-10 m2/s, transferenceNumber: 0.4 }
cathode: { model: chevrel, massLoading: 2 mg/cm2, shells: 12, activeMaterialLoss: ${loss} }
protocol:
  steps:
    - Discharge at C/2 until 0.5 V
    - Charge at C/2 until 1.8 V
    - repeat: ${cycles}
      steps:
        - Discharge at C/2 until 0.5 V
        - Charge at C/2 until 1.8 V
`);
  if (r.kind === 'error') throw new Error('bench full-cell stack invalid');
  return r.value;
}

function bench(label: string, s: Stack, cycles: number, repeats: number): void {
  simulate(s); // warm-up (JIT)
  const times: number[] = [];
  let steps = 0;
  for (let k = 0; k < repeats; k++) {
    const t0 = performance.now();
    const r = simulate(s);
    times.push(performance.now() - t0);
    steps = r.stats.steps;
    if (r.summary.length !== cycles) throw new Error(`${label}: ran ${r.summary.length} of ${cycles} cycles (${r.failure?.message ?? ''})`);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)] ?? NaN;
  process.stdout.write(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms  ${((cycles / ms) * 1000).toFixed(0).padStart(7)} cycles/s  (${steps} solver steps, median of ${repeats})\n`);
}

process.stdout.write(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}\n\n`);
bench('film growth only, 10 000 cycles', stack('ohmic', 10_000), 10_000, 5);
bench('film growth + concentration polarisation, 1 000 cycles', stack('binary', 1_000), 1_000, 5);
bench('… + 300 ppm water passivation, 1 000 cycles', stack('binary', 1_000, '300 ppm'), 1_000, 5);
bench('full Mg||Mo6S8, solid diffusion, 1 000 cycles at C/2', fullCell(1_000, '0 cm3/mol'), 1_000, 3);
bench('… + cathode active-material loss (β = 0.5 cm3/mol)', fullCell(1_000, '0.5 cm3/mol'), 1_000, 3);
