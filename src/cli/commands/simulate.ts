import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { loadStack, simulate, withTemperature, type SimulationResult, type Stack } from '../../cell/index.ts';
import { formatIssue, InputError } from '../../units/index.ts';
import { writeFileAtomic } from '../files.ts';
import { printJson, type Io } from '../io.ts';
import { knowledgeBase } from '../knowledge-files.ts';

/** Cycles recorded as a time series by default: the first few, then log-spaced. */
const DEFAULT_CYCLES = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000];

interface SimulateOptions {
  json?: boolean;
  out?: string;
  series?: boolean;
  cycles?: string;
  rtol?: string;
  temperature?: string;
  compare?: boolean;
  progress?: boolean;
}

/** Read and validate a stack file; every problem is reported with file and line (exit 2). */
export function readStack(path: string, warn: (line: string) => void = () => undefined): Stack {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`cannot read the stack file ${path}: check the path`);
  }
  const r = loadStack(text, { knowledge: knowledgeBase(), name: path });
  if (r.kind === 'error') {
    throw new InputError(`${path} is not a valid stack (${r.errors.length} problem${r.errors.length === 1 ? '' : 's'}):\n${r.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}`);
  }
  for (const w of r.warnings) warn(`warning: ${formatIssue(w)}`);
  return r.value;
}

function parseCycles(text: string | undefined): number[] | 'all' {
  if (text === undefined) return DEFAULT_CYCLES;
  if (text.trim() === 'all') return 'all';
  const out = text.split(',').map((s) => Number(s.trim()));
  if (out.some((n) => !Number.isInteger(n) || n < 1)) throw new InputError(`--cycles "${text}" is not "all" or a list of cycle numbers such as "1,10,100"`);
  return out;
}

function slug(path: string): string {
  return basename(path).replace(/\.(ya?ml|json)$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-');
}

/** The JSON form of a run: summary, failure, citations; the series only when asked. */
export function resultJson(file: string, r: SimulationResult, withSeries: boolean): Record<string, unknown> {
  return {
    name: r.name,
    file,
    kind: r.kind,
    status: r.status,
    summary: r.summary,
    formation: r.formation,
    failure: r.failure,
    citations: { parameters: r.parameters, equations: r.equations },
    inventory: r.inventory,
    stats: r.stats,
    warnings: r.warnings,
    ...(withSeries && r.series !== null
      ? { series: { columns: r.series.columns, units: r.series.units, data: r.series.data.map((c) => Array.from(c)) } }
      : {}),
  };
}

function fullCellRows(r: SimulationResult, shown: readonly number[]): string[] {
  const lines = ['  cycle   discharge [mAh/g]   charge [mAh/g]    CE [%]   retention [%]   mean V [V]   R [Ω·cm²]      t [h]'];
  let last = -1;
  const rows = [...(r.formation !== null ? [{ j: -1, s: r.formation }] : []), ...shown.map((j) => ({ j, s: r.summary[j] }))];
  for (const { j, s } of rows) {
    if (s === undefined) continue;
    if (last >= 0 && j > last + 1) lines.push('    …');
    last = j;
    const f = (v: number | null, d: number, scale = 1) => (v === null ? '—' : (v * scale).toFixed(d));
    lines.push(
      `  ${(j < 0 ? 'form.' : String(s.cycle)).padStart(5)}   ${f(s.dischargeCapacity_mAh_g, 2).padStart(17)}   ${f(s.chargeCapacity_mAh_g, 2).padStart(14)}   ${f(s.coulombicEfficiency, 3, 100).padStart(7)}   ${f(s.retention, 2, 100).padStart(13)}   ${f(s.meanDischargeVoltage_V, 4).padStart(10)}   ${f(s.resistance_ohm_m2, 2, 1e4).padStart(10)}   ${(s.time_s / 3600).toFixed(2).padStart(8)}`,
    );
  }
  return lines;
}

function textReport(file: string, r: SimulationResult): string {
  const lines = [`${r.name}  (${file}, ${r.kind})`];
  if (r.kind === 'full' || r.kind === 'anode-free') {
    const n = r.summary.length;
    const shown = new Set<number>();
    for (let j = 0; j < Math.min(3, n); j++) shown.add(j);
    for (let j = Math.max(0, n - 3); j < n; j++) shown.add(j);
    for (let j = 0; j < n; j += Math.max(1, Math.floor(n / 10))) shown.add(j);
    lines.push(...fullCellRows(r, [...shown].sort((a, b) => a - b)));
    lines.push(
      r.failure === null
        ? `  completed ${n} cycles${r.cycleLife80 !== null ? `; retention below 80 % from cycle ${r.cycleLife80}` : ''}`
        : `  ENDED in cycle ${r.failure.cycle ?? '—'} (${r.failure.reason}) at ${(r.failure.time_s / 3600).toFixed(2)} h: ${r.failure.message}`,
    );
    const mg = r.inventory;
    lines.push(
      `  Mg: ${(mg.final.trapped * 1e3).toFixed(3)} mmol/m² trapped in the cathode, ${((mg.final.film + mg.final.passivation) * 1e3).toFixed(3)} in anode films, ${(mg.final.stranded * 1e3).toFixed(3)} stranded by lost active material; conserved to ${Math.abs((mg.final.total - mg.initial.total) / mg.initial.total).toExponential(1)}`,
    );
    lines.push(`  ${r.stats.steps} solver steps, ${r.stats.wallTime_ms.toFixed(0)} ms; ${r.parameters.length} parameters and ${r.equations.length} equations cited (--json)`);
    for (const w of r.warnings) lines.push(`  warning: ${w}`);
    return lines.join('\n');
  }
  const n = r.summary.length;
  const shown = new Set<number>();
  for (let j = 0; j < Math.min(3, n); j++) shown.add(j);
  for (let j = Math.max(0, n - 3); j < n; j++) shown.add(j);
  const step = Math.max(1, Math.floor(n / 10));
  for (let j = 0; j < n; j += step) shown.add(j);
  lines.push('  cycle   mean|V| [V]   max|V| [V]   film [nm]   CE [%]      t [h]');
  let last = -1;
  for (const j of [...shown].sort((a, b) => a - b)) {
    const s = r.summary[j];
    if (s === undefined) continue;
    if (last >= 0 && j > last + 1) lines.push('    …');
    last = j;
    const ce = s.coulombicEfficiency === null ? '—' : (100 * s.coulombicEfficiency).toFixed(3);
    lines.push(
      `  ${String(s.cycle).padStart(5)}   ${s.meanAbsOverpotential_V.toFixed(4).padStart(11)}   ${s.maxAbsOverpotential_V.toFixed(4).padStart(10)}   ${(s.filmThickness_m * 1e9).toFixed(2).padStart(9)}   ${ce.padStart(7)}   ${(s.time_s / 3600).toFixed(2).padStart(8)}`,
    );
  }
  lines.push(r.failure === null ? `  completed ${n} cycles` : `  FAILED in cycle ${r.failure.cycle ?? '—'} (${r.failure.reason}) at ${(r.failure.time_s / 3600).toFixed(2)} h: ${r.failure.message}`);
  const mg = r.inventory;
  lines.push(
    `  Mg in films ${((mg.final.film + mg.final.passivation) * 1e3).toFixed(3)} mmol/m² (from ${((mg.initial.film + mg.initial.passivation) * 1e3).toFixed(3)}); Mg conserved to ${Math.abs((mg.final.total - mg.initial.total) / mg.initial.total).toExponential(1)}`,
  );
  lines.push(`  ${r.stats.steps} solver steps, ${r.stats.wallTime_ms.toFixed(0)} ms; ${r.parameters.length} parameters and ${r.equations.length} equations cited (--json)`);
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

export function simulateCommand(io: Io): Command {
  return new Command('simulate')
    .description('simulate a layer stack through its protocol (Mg plating/stripping); several stacks are compared')
    .argument('<stacks...>', 'stack files (YAML); see examples/')
    .option('--json', 'print JSON: summary, failure, citations (and the series with --series)')
    .option('--out <dir>', 'write CSV (summary, series), JSON and plots (voltage.svg, cycles.svg; full cells also capacity.svg, profiles.svg) into this folder')
    .option('--series', 'include the time series in the JSON output')
    .option('--cycles <list>', 'cycles to record as a time series: "all" or a list such as "1,10,100" (default: log-spaced)')
    .option('--rtol <number>', 'relative tolerance of the integrator (default 1e-6)')
    .option('--temperature <T>', 'run at this cell temperature instead of the file\'s cell.temperature, e.g. "50 degC"')
    .option('--compare', 'overlay the stacks in one set of plots (the default when several are given)')
    .option('--no-progress', 'no progress bar on stderr')
    .action(async (files: string[], o: SimulateOptions) => {
      const cycles = parseCycles(o.cycles);
      const rtol = o.rtol === undefined ? undefined : Number(o.rtol);
      if (rtol !== undefined && !(rtol > 0 && rtol < 0.1)) throw new InputError(`--rtol "${o.rtol}" must be a number between 0 and 0.1, e.g. 1e-6`);
      let outDir: string | undefined;
      if (o.out !== undefined) {
        outDir = resolve(o.out);
        try {
          if (!statSync(dirname(outDir)).isDirectory()) throw new Error('not a folder');
        } catch {
          throw new InputError(`cannot write into ${o.out}: its parent folder does not exist`);
        }
      }
      const stacks = files.map((f) => {
        const stack = readStack(f, (line) => io.err(`${line}\n`));
        return { file: f, stack: o.temperature === undefined ? stack : withTemperature(stack, o.temperature, `command line: --temperature ${o.temperature}`) };
      });
      const showProgress = o.progress !== false && o.json !== true && process.stderr.isTTY === true;
      const runs: { file: string; result: SimulationResult }[] = [];
      for (const { file, stack } of stacks) {
        let lastShown = -1;
        const result = simulate(stack, {
          series: cycles,
          ...(rtol !== undefined ? { rtol } : {}),
          onProgress: (f) => {
            const pct = Math.floor(f * 100);
            if (!showProgress || pct === lastShown) return;
            lastShown = pct;
            io.err(`\r${stack.name}: ${String(pct).padStart(3)} %`);
          },
        });
        if (showProgress) io.err('\r\x1b[K');
        runs.push({ file, result });
      }
      if (outDir !== undefined) {
        mkdirSync(outDir, { recursive: true });
        const { capacitySpec, cycleSpec, renderSvg, seriesCsv, summaryCsv, voltageCapacitySpec, voltageTimeSpec } = await import('../../report/index.ts');
        for (const { file, result } of runs) {
          const base = slug(file);
          writeFileAtomic(join(outDir, `${base}.summary.csv`), summaryCsv(result.formation !== null ? [result.formation, ...result.summary] : result.summary));
          if (result.series !== null) writeFileAtomic(join(outDir, `${base}.series.csv`), seriesCsv(result.series));
          writeFileAtomic(join(outDir, `${base}.json`), `${JSON.stringify(resultJson(file, result, false), null, 2)}\n`);
        }
        const plotted = runs.map(({ result }) => result);
        writeFileAtomic(join(outDir, 'voltage.svg'), await renderSvg(voltageTimeSpec(plotted)));
        writeFileAtomic(join(outDir, 'cycles.svg'), await renderSvg(cycleSpec(plotted)));
        const full = runs.flatMap(({ result }, k) => {
          const loading = stacks[k]?.stack.cathode?.params.massLoading;
          return loading !== undefined ? [{ ...result, massLoading_kg_m2: loading }] : [];
        });
        if (full.length > 0) {
          writeFileAtomic(join(outDir, 'capacity.svg'), await renderSvg(capacitySpec(full)));
          writeFileAtomic(join(outDir, 'profiles.svg'), await renderSvg(voltageCapacitySpec(full)));
        }
      }
      if (o.json === true) {
        const json = runs.map(({ file, result }) => resultJson(file, result, o.series === true));
        printJson(io, json.length === 1 ? json[0] : json);
      } else {
        io.out(`${runs.map(({ file, result }) => textReport(file, result)).join('\n\n')}\n`);
        if (outDir !== undefined) io.out(`wrote ${outDir}\n`);
      }
    });
}
