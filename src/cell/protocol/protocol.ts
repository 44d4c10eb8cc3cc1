import { err, ok, type ParseIssue, type Result } from '../../units/index.ts';
import { readStopCondition } from './conditions.ts';
import { cyclesDischarge } from './fullcell.ts';
import { msg } from './messages.ts';
import { cycleCount, flattenCount } from './schedule.ts';
import { readStep } from './sentence.ts';
import { MAX_REPEAT_COUNT, MAX_REPEAT_DEPTH, type LeafStep, type Protocol, type RepeatBlock, type Step, type StopCondition } from './types.ts';

/**
 * The protocol as found under `protocol:` in a stack file (already parsed from YAML) → the typed
 * AST. Never throws on bad input: every problem comes back as an issue whose `path` (e.g.
 * `protocol.steps[1].steps[2]`) the caller turns into a line number.
 */

/** At most this many steps and stop conditions may be written out (guards against aliased or cyclic input). */
export const MAX_INPUT_NODES = 100_000;

const PROTOCOL_KEYS = ['steps', 'stop'] as const;
const BLOCK_KEYS = ['repeat', 'steps'] as const;

const child = (path: string, key: string): string => (path.length === 0 ? key : `${path}.${key}`);

function isMapping(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Reader {
  readonly errors: ParseIssue[] = [];
  readonly warnings: ParseIssue[] = [];
  private nodes = 0;
  private exhausted = false;

  error(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }

  /** Count one input node; false (with one error) once the input is implausibly large. */
  visit(path: string): boolean {
    this.nodes += 1;
    if (this.nodes <= MAX_INPUT_NODES) return true;
    if (!this.exhausted) {
      this.exhausted = true;
      this.error(path, `the protocol writes out more than ${MAX_INPUT_NODES} steps; use repeat blocks`);
    }
    return false;
  }

  unknownKeys(value: Readonly<Record<string, unknown>>, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.error(child(path, key), msg.unknownKey(key, allowed));
    }
  }

  steps(value: unknown, path: string, depth: number): Step[] | undefined {
    if (!Array.isArray(value)) return this.error(path, msg.stepsNotList(value));
    if (value.length === 0) return this.error(path, msg.noSteps());
    const out: Step[] = [];
    let complete = true;
    for (let i = 0; i < value.length; i++) {
      const at = `${path}[${i}]`;
      if (!this.visit(at)) return undefined;
      const step = this.step(value[i] as unknown, at, depth);
      if (step === undefined) complete = false;
      else out.push(step);
    }
    return complete ? out : undefined;
  }

  step(value: unknown, path: string, depth: number): Step | undefined {
    if (typeof value === 'string') {
      const r = readStep(value, path);
      if (r.kind === 'error') return this.error(path, r.errors);
      this.warnings.push(...r.warnings);
      return r.value;
    }
    if (isMapping(value)) return this.block(value, path, depth);
    return this.error(path, msg.notAStep(value));
  }

  block(value: Readonly<Record<string, unknown>>, path: string, depth: number): RepeatBlock | undefined {
    if (depth >= MAX_REPEAT_DEPTH) return this.error(path, msg.tooDeep());
    this.unknownKeys(value, BLOCK_KEYS, path);
    let count: number | undefined;
    if (!Object.hasOwn(value, 'repeat')) this.error(path, msg.missingRepeat());
    else {
      const n = value['repeat'];
      if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_REPEAT_COUNT) count = n;
      else this.error(child(path, 'repeat'), msg.badRepeatCount(n));
    }
    const body = Object.hasOwn(value, 'steps') ? this.steps(value['steps'], child(path, 'steps'), depth + 1) : this.error(path, msg.missingSteps());
    if (count === undefined || body === undefined) return undefined;
    return { kind: 'repeat', count, body, definesCycles: depth === 0, path };
  }

  stop(value: unknown, path: string): StopCondition[] | undefined {
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) return this.error(path, msg.stopNotList(value));
    const out: StopCondition[] = [];
    for (let i = 0; i < value.length; i++) {
      const at = `${path}[${i}]`;
      if (!this.visit(at)) return undefined;
      const item = value[i] as unknown;
      if (typeof item !== 'string') {
        this.error(at, msg.stopNotText(item));
        continue;
      }
      const r = readStopCondition(item, at);
      if (r.kind === 'error') this.error(at, r.errors);
      else out.push(r.value);
    }
    return out;
  }
}

/**
 * Read a protocol: `{ steps: [...], stop?: [...] }` where a step is a sentence or a block
 * `{ repeat: N, steps: [...] }`. `path` is where the value sits in the stack file (default
 * `protocol`); every issue carries the path of its step. Warnings: a "cycles >= N" that the
 * protocol never reaches, a capacity stop condition that no cycle checks (no Discharge step in a
 * repeat block), a sampling period longer than its step.
 */
export function parseProtocol(value: unknown, path = 'protocol'): Result<Protocol> {
  const reader = new Reader();
  if (!isMapping(value)) return err([{ path, message: msg.notAProtocol(value) }]);
  reader.unknownKeys(value, PROTOCOL_KEYS, path);
  const body = Object.hasOwn(value, 'steps') ? reader.steps(value['steps'], child(path, 'steps'), 0) : reader.error(path, msg.missingSteps());
  const stop = reader.stop(value['stop'], child(path, 'stop'));
  if (reader.errors.length > 0 || body === undefined || stop === undefined) return err(reader.errors);
  const protocol: Protocol = { kind: 'protocol', body, stop };
  const executed = flattenCount(protocol);
  if (!Number.isSafeInteger(executed)) return err([{ path: child(path, 'steps'), message: msg.tooManySteps(executed) }]);
  const cycles = cycleCount(protocol);
  const discharges = cyclesDischarge(protocol);
  for (const s of stop) {
    if (s.kind === 'cycles' && s.count > cycles) reader.warnings.push({ path: s.path, message: msg.cyclesNeverReached(s.text, cycles) });
    if ((s.kind === 'capacity-retention' || s.kind === 'discharge-capacity') && !discharges) {
      reader.warnings.push({ path: s.path, message: msg.capacityStopNeverChecked(s.text) });
    }
  }
  return ok(protocol, reader.warnings);
}

/**
 * Read one step sentence (not a repeat block), e.g. "Plate at 1 mA/cm2 for 1 h or until 1 V" or
 * "Discharge at C/10 until 0.5 V".
 */
export function parseStep(text: string, path = 'step'): Result<LeafStep> {
  if (typeof text !== 'string') return err([{ path, message: msg.notAStep(text) }]);
  const r = readStep(text, path);
  return r.kind === 'error' ? err([{ path, message: r.errors }]) : r;
}

/** Read one stop condition, e.g. "cycles >= 1000", "overpotential > 1 V" or "capacity < 80 %". */
export function parseStopCondition(text: string, path = 'stop'): Result<StopCondition> {
  if (typeof text !== 'string') return err([{ path, message: msg.stopNotText(text) }]);
  const r = readStopCondition(text, path);
  return r.kind === 'error' ? err([{ path, message: r.errors }]) : r;
}
