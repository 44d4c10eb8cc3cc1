import { err, ok, type ParseIssue, type Result, type Seconds } from '../../units/index.ts';
import { parseFullCellLimit, parseLimit } from './conditions.ts';
import { FULL_CELL_LIMIT_FORMS, LIMIT_FORMS, msg } from './messages.ts';
import { expected, readCapacityAmount, readQuantity, readRate } from './quantities.ts';
import { didYouMean } from './suggest.ts';
import type {
  CapacityAmount,
  CoulombsPerSquareMeter,
  Direction,
  FullCellDirection,
  FullCellLimit,
  FullCellStep,
  GalvanostaticStep,
  LeafStep,
  Limit,
  RestStep,
} from './types.ts';

/**
 * The step sentences: "Plate at 1 mA/cm2 for 1 h or until 1 V (10 s period)", "Strip 1 mAh/cm2 at
 * 1 mA/cm2", "Discharge at C/10 until 0.5 V", "Charge 100 mAh/g at 20 mA/g", "Rest for 10 min".
 * Keywords are case-insensitive; quantities go through the unit parser. A sentence is split into
 * words; the keywords at, for, until and or start clauses.
 */

type Keyword = 'at' | 'for' | 'until' | 'or';
const KEYWORDS: ReadonlySet<string> = new Set<Keyword>(['at', 'for', 'until', 'or']);

interface Clause {
  /** undefined for the words before the first keyword. */
  readonly keyword: Keyword | undefined;
  readonly text: string;
}

function clauses(words: readonly string[]): Clause[] {
  const out: { keyword: Keyword | undefined; words: string[] }[] = [{ keyword: undefined, words: [] }];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (KEYWORDS.has(lower)) out.push({ keyword: lower as Keyword, words: [] });
    else out[out.length - 1]?.words.push(word);
  }
  return out.map((c) => ({ keyword: c.keyword, text: c.words.join(' ') }));
}

/** A sentence with its "(<time> period)" suffix taken off. */
interface Body {
  readonly body: string;
  readonly period?: Seconds;
}

function splitPeriod(text: string): Result<Body, string> {
  const open = text.lastIndexOf('(');
  if (open < 0) return text.includes(')') ? err(msg.badPeriod(text)) : ok({ body: text });
  const close = text.indexOf(')', open);
  const body = text.slice(0, open).trim();
  const inner = text.slice(open + 1, close < 0 ? undefined : close).trim();
  if (close !== text.length - 1 || /[()]/.test(body) || !inner.toLowerCase().endsWith('period')) return err(msg.badPeriod(text));
  const periodText = inner.slice(0, -'period'.length).trim();
  if (periodText.length === 0) return err(msg.badPeriod(text));
  const period = readQuantity(periodText, 'time');
  if (period.kind === 'error') return err(msg.quantity(text, period.errors));
  if (!(period.value > 0)) return err(msg.notPositive(text, 'sampling period', periodText));
  return ok({ body, period: period.value });
}

/** Read a step sentence into a leaf step; the error is a message without the path. */
export function readStep(raw: string, path: string): Result<LeafStep, string> {
  const text = raw.trim();
  if (text.length === 0) return err(msg.emptyStep());
  const split = splitPeriod(text);
  if (split.kind === 'error') return split;
  const { body, period } = split.value;
  const words = body.split(/\s+/).filter((w) => w.length > 0);
  const first = words[0] ?? '';
  const rest = clauses(words.slice(1));
  const common = { text, path, ...(period !== undefined ? { period } : {}) };
  let step: Result<LeafStep, string>;
  switch (first.toLowerCase()) {
    case 'plate':
      step = readGalvanostatic(text, 'plate', rest, common);
      break;
    case 'strip':
      step = readGalvanostatic(text, 'strip', rest, common);
      break;
    case 'rest':
      step = readRest(text, rest, common);
      break;
    case 'charge':
      step = readFullCell(text, 'charge', rest, common);
      break;
    case 'discharge':
      step = readFullCell(text, 'discharge', rest, common);
      break;
    case 'hold':
      return err(msg.holdStep(text));
    default:
      return err(msg.unknownStep(text, didYouMean(first, ['Plate', 'Strip', 'Charge', 'Discharge', 'Rest'])));
  }
  if (step.kind === 'error') return step;
  const warnings: ParseIssue[] = [];
  const s = step.value;
  if (s.period !== undefined && s.duration !== undefined && s.period > s.duration) {
    warnings.push({ path, message: msg.periodLongerThanStep(text) });
  }
  return ok(s, warnings);
}

interface Common {
  readonly text: string;
  readonly path: string;
  readonly period?: Seconds;
}

function readRest(text: string, rest: readonly Clause[], common: Common): Result<RestStep, string> {
  const [lead, forClause, ...more] = rest;
  if (lead === undefined || lead.text.length > 0 || forClause?.keyword !== 'for' || more.length > 0) return err(msg.restForm(text));
  if (forClause.text.length === 0) return err(msg.missingValue(text, 'for', expected('time')));
  const duration = readQuantity(forClause.text, 'time');
  if (duration.kind === 'error') return err(msg.quantity(text, duration.errors));
  if (!(duration.value > 0)) return err(msg.notPositive(text, 'duration', forClause.text));
  return ok({ kind: 'rest', duration: duration.value, ...common });
}

/** The clauses after "at <current density>": "for <time>" and the limits. */
interface Ending {
  readonly duration?: string;
  readonly limits: readonly string[];
}

function readEnding(text: string, rest: readonly Clause[], fullCell: boolean): Result<Ending, string> {
  const limitForms = fullCell ? FULL_CELL_LIMIT_FORMS : LIMIT_FORMS;
  let duration: string | undefined;
  const limits: string[] = [];
  let inLimits = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === undefined) continue;
    switch (c.keyword) {
      case 'at':
        return err(msg.duplicateClause(text, 'at'));
      case 'for':
        if (inLimits) return err(msg.forAfterUntil(text, fullCell));
        if (duration !== undefined) return err(msg.duplicateClause(text, 'for'));
        if (c.text.length === 0) return err(msg.missingValue(text, 'for', expected('time')));
        duration = c.text;
        break;
      case 'until': {
        // "until A or B"; "or until" (after a duration, or between limits) reads the same.
        const afterOr = rest[i - 1]?.keyword === 'or';
        if (inLimits && !afterOr) return err(msg.duplicateClause(text, 'until'));
        if (c.text.length === 0) return err(msg.missingLimit(text, limitForms));
        inLimits = true;
        limits.push(c.text);
        break;
      }
      case 'or':
        if (c.text.length === 0) {
          if (rest[i + 1]?.keyword === 'until') break;
          return err(inLimits ? msg.missingLimit(text, limitForms) : msg.strayOr(text, fullCell));
        }
        if (!inLimits) return err(msg.strayOr(text, fullCell));
        limits.push(c.text);
        break;
    }
  }
  return ok({ ...(duration !== undefined ? { duration } : {}), limits });
}

function readGalvanostatic(text: string, direction: Direction, rest: readonly Clause[], common: Common): Result<GalvanostaticStep, string> {
  const [lead, atClause, ...after] = rest;
  if (atClause?.keyword !== 'at') return err(msg.missingAt(text, direction));
  if (atClause.text.length === 0) return err(msg.missingValue(text, 'at', expected('currentDensity')));
  const currentDensity = readQuantity(atClause.text, 'currentDensity');
  if (currentDensity.kind === 'error') return err(msg.quantity(text, currentDensity.errors));
  if (!(currentDensity.value > 0)) return err(msg.notPositive(text, 'current density', atClause.text, msg.currentSignHint));

  let capacity: CoulombsPerSquareMeter | undefined;
  const capacityText = lead?.text ?? '';
  if (capacityText.length > 0) {
    const c = readQuantity(capacityText, 'arealCapacity');
    if (c.kind === 'error') return err(msg.quantity(text, c.errors));
    if (!(c.value > 0)) return err(msg.notPositive(text, 'capacity', capacityText));
    capacity = c.value;
  }

  const ending = readEnding(text, after, false);
  if (ending.kind === 'error') return ending;
  const { duration: durationText, limits: limitTexts } = ending.value;
  if (capacity !== undefined && durationText !== undefined) return err(msg.capacityAndDuration(text));
  if (capacity === undefined && durationText === undefined && limitTexts.length === 0) return err(msg.neverEnds(text, direction));

  let duration: Seconds | undefined;
  if (durationText !== undefined) {
    const d = readQuantity(durationText, 'time');
    if (d.kind === 'error') return err(msg.quantity(text, d.errors));
    if (!(d.value > 0)) return err(msg.notPositive(text, 'duration', durationText));
    duration = d.value;
  }
  const limits: Limit[] = [];
  for (const limitText of limitTexts) {
    const limit = parseLimit(limitText, text);
    if (limit.kind === 'error') return limit;
    limits.push(limit.value);
  }
  return ok({
    kind: 'galvanostatic',
    direction,
    currentDensity: currentDensity.value,
    ...(duration !== undefined ? { duration } : {}),
    ...(capacity !== undefined ? { capacity } : {}),
    limits,
    ...common,
  });
}

function readFullCell(text: string, direction: FullCellDirection, rest: readonly Clause[], common: Common): Result<FullCellStep, string> {
  const [lead, atClause, ...after] = rest;
  if (atClause?.keyword !== 'at') return err(msg.missingRateAt(text, direction));
  if (atClause.text.length === 0) return err(msg.missingValue(text, 'at', msg.rateForms));
  const rate = readRate(atClause.text);
  if (rate.kind === 'error') return err(msg.quantity(text, rate.errors));
  if (!(rate.value.value > 0)) return err(msg.notPositive(text, 'current', atClause.text, msg.rateSignHint));

  let capacity: CapacityAmount | undefined;
  const capacityText = lead?.text ?? '';
  if (capacityText.length > 0) {
    const c = readCapacityAmount(capacityText);
    if (c.kind === 'error') return err(msg.quantity(text, c.errors));
    if (!(c.value.value > 0)) return err(msg.notPositive(text, 'capacity', capacityText));
    capacity = c.value;
  }

  const ending = readEnding(text, after, true);
  if (ending.kind === 'error') return ending;
  const { duration: durationText, limits: limitTexts } = ending.value;
  if (capacity !== undefined && durationText !== undefined) return err(msg.fullCellCapacityAndDuration(text));
  if (capacity === undefined && durationText === undefined && limitTexts.length === 0) return err(msg.neverEnds(text, direction));

  let duration: Seconds | undefined;
  if (durationText !== undefined) {
    const d = readQuantity(durationText, 'time');
    if (d.kind === 'error') return err(msg.quantity(text, d.errors));
    if (!(d.value > 0)) return err(msg.notPositive(text, 'duration', durationText));
    duration = d.value;
  }
  const limits: FullCellLimit[] = [];
  for (const limitText of limitTexts) {
    const limit = parseFullCellLimit(limitText, text, direction);
    if (limit.kind === 'error') return limit;
    limits.push(limit.value);
  }
  return ok({
    kind: 'full-cell',
    direction,
    rate: rate.value,
    ...(duration !== undefined ? { duration } : {}),
    ...(capacity !== undefined ? { capacity } : {}),
    limits,
    ...common,
  });
}
