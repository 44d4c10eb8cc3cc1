import { err, ok, type ParseIssue, type Result } from '../units/index.ts';
import { hasAtomicWeight, isElementSymbol, type Composition, type Element } from './atomic-weights.ts';

/**
 * Chemical formulas → compositions (atoms per formula unit). Never throws: errors are a `Result`
 * naming the column (1-based) and what was expected there.
 *
 * Grammar (whitespace is allowed only at the ends and around an adduct dot):
 *
 *   formula     := adduct (dot adduct)*
 *   adduct      := coefficient? group+                 "6H2O", "1.5NH3", "MgCl2"
 *   group       := (element | "(" group+ ")" | "[" group+ "]") count?
 *   element     := [A-Z][a-z]?                         a symbol with an atomic weight
 *   count, coefficient := digits ("." digits)?         > 0; "Li0.5CoO2", "Mg(BH4)2·1.5NH3"
 *   dot         := "·" | "•" | "∙" | "⋅" | "*" | "."    hydrate/adduct dot: "MgCl2·6H2O"
 *
 * Subscript digits (MgCl₂) read as digits. Charges ("+", "-") are not supported.
 *
 * The ASCII "." is both a decimal point and an adduct dot, and "MgCl2.6H2O" can be read as
 * MgCl₂·6H₂O or as MgCl₂.₆H₂O. It is unambiguous when the count before it is 0 ("Li0.5CoO2": a
 * decimal point) or when no element, "(" or "." follows the digits after it ("Mg1.5": a decimal point).
 * Otherwise `asciiDot` decides: 'hydrate' (an adduct dot), 'decimal' (a decimal point), or 'auto'
 * (default): an adduct dot, unless the formula elsewhere uses a non-ASCII dot or an unambiguous
 * decimal count, which shows that its writer uses "." for decimals ("Li1.2Mn0.54Ni0.13Co0.13O2").
 * In 'auto' an ambiguous "." adds a warning that names the reading taken.
 */
export interface FormulaOptions {
  /** How an ambiguous ASCII "." is read (see above). Default 'auto'. */
  readonly asciiDot?: 'auto' | 'hydrate' | 'decimal';
}

/** Deepest parenthesis nesting accepted; deeper input is an error, not a stack overflow. */
export const MAX_FORMULA_NESTING = 32;

const ADDUCT_DOTS = new Set(['·', '•', '∙', '⋅', '*']);
const OPEN_TO_CLOSE: Readonly<Record<string, string>> = { '(': ')', '[': ']' };
const SUBSCRIPT_ZERO = 0x2080;

/** A formula that writes "." as a decimal point somewhere it cannot be an adduct dot. */
const UNAMBIGUOUS_DECIMAL = /(?<![\d.])0\.\d|\d\.\d+(?![\d.A-Z([])/;

class FormulaSyntaxError {
  constructor(
    readonly column: number,
    readonly problem: string,
  ) {}
}

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end';
  if (/\s/.test(ch)) return 'a space';
  return `"${ch}"`;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'A' && ch <= 'Z';
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

type Counts = Map<Element, number>;

function addInto(target: Counts, source: Counts, factor: number): void {
  for (const [el, n] of source) target.set(el, (target.get(el) ?? 0) + n * factor);
}

class FormulaReader {
  private pos = 0;
  readonly warnings: ParseIssue[] = [];

  constructor(
    private readonly text: string,
    private readonly original: string,
    private readonly asciiDot: 'hydrate' | 'decimal',
    private readonly warnOnAmbiguity: boolean,
  ) {}

  private peek(offset = 0): string | undefined {
    return this.text[this.pos + offset];
  }

  private fail(problem: string, at = this.pos): never {
    throw new FormulaSyntaxError(at + 1, problem);
  }

  private skipSpaces(): void {
    while (isSpace(this.peek())) this.pos++;
  }

  private atDot(): boolean {
    const ch = this.peek();
    return ch !== undefined && (ADDUCT_DOTS.has(ch) || ch === '.');
  }

  read(): Counts {
    const total: Counts = new Map();
    this.skipSpaces();
    if (this.peek() === undefined) this.fail('there is no formula; expected an element symbol such as "Mg"');
    for (;;) {
      addInto(total, this.adduct(), 1);
      const spaceAt = this.pos;
      this.skipSpaces();
      const ch = this.peek();
      if (ch === undefined) return total;
      if (this.atDot()) {
        this.pos++;
        this.skipSpaces();
        if (this.peek() === undefined) this.fail(`expected a formula after the adduct dot "${ch}"; got the end`);
        continue;
      }
      if (spaceAt < this.pos) this.fail('spaces are allowed only at the ends and around an adduct dot "·"', spaceAt);
      if (ch === ')' || ch === ']') this.fail(`"${ch}" has no matching opening bracket`);
      this.unexpected('an element symbol, "(", a count, an adduct dot "·" or the end');
    }
  }

  private adduct(): Counts {
    let coefficient = 1;
    if (isDigit(this.peek())) {
      const start = this.pos;
      coefficient = this.number('coefficient', true);
      if (!this.startsGroup()) {
        this.unexpected(`an element symbol or "(" after the coefficient ${this.text.slice(start, this.pos)}`);
      }
    }
    const counts: Counts = new Map();
    if (!this.startsGroup()) this.unexpected('an element symbol or "("');
    while (this.startsGroup()) addInto(counts, this.group(0), 1);
    if (coefficient === 1) return counts;
    const scaled: Counts = new Map();
    addInto(scaled, counts, coefficient);
    return scaled;
  }

  private startsGroup(): boolean {
    const ch = this.peek();
    return isUpper(ch) || ch === '(' || ch === '[';
  }

  private group(depth: number): Counts {
    const ch = this.peek();
    let counts: Counts;
    if (ch === '(' || ch === '[') {
      if (depth >= MAX_FORMULA_NESTING) this.fail(`parentheses are nested more than ${MAX_FORMULA_NESTING} deep`);
      const open = this.pos;
      const close = OPEN_TO_CLOSE[ch] ?? ')';
      this.pos++;
      counts = new Map();
      if (!this.startsGroup()) this.unexpected(`an element symbol or "(" inside "${ch}"`);
      while (this.startsGroup()) addInto(counts, this.group(depth + 1), 1);
      const next = this.peek();
      if (next !== close) {
        if (next === ')' || next === ']') this.fail(`expected "${close}" to close the "${ch}" at column ${open + 1}; got "${next}"`);
        if (next === undefined) this.fail(`"${ch}" at column ${open + 1} is never closed; expected "${close}"`);
        this.unexpected(`an element symbol, "(", a count or "${close}" to close the "${ch}" at column ${open + 1}`);
      }
      this.pos++;
    } else {
      counts = new Map([[this.element(), 1]]);
    }
    if (isDigit(this.peek())) {
      const n = this.number('count', false);
      const scaled: Counts = new Map();
      addInto(scaled, counts, n);
      return scaled;
    }
    return counts;
  }

  private element(): Element {
    const start = this.pos;
    const upper = this.peek() ?? '';
    const lower = this.peek(1);
    const two = isLower(lower) ? `${upper}${lower ?? ''}` : undefined;
    let symbol: string;
    if (two !== undefined && isElementSymbol(two)) symbol = two;
    else if (isElementSymbol(upper)) symbol = upper;
    else this.fail(`"${two ?? upper}" is not an element symbol`, start);
    if (!hasAtomicWeight(symbol)) {
      this.fail(`no atomic weight for ${symbol} in ATOMIC_WEIGHTS (src/physics/atomic-weights.ts); add its CIAAW 2021 value`, start);
    }
    this.pos += symbol.length;
    return symbol;
  }

  /**
   * digits ("." digits)?, > 0. A coefficient reads its "." always as a decimal point (an adduct
   * cannot start with a dot); a count resolves an ambiguous "." by `asciiDot`.
   */
  private number(what: 'count' | 'coefficient', leading: boolean): number {
    const start = this.pos;
    while (isDigit(this.peek())) this.pos++;
    if (this.peek() === '.' && isDigit(this.peek(1)) && this.decimalPointHere(start, leading)) {
      this.pos++;
      while (isDigit(this.peek())) this.pos++;
    }
    const written = this.text.slice(start, this.pos);
    const value = Number(written);
    if (!(Number.isFinite(value) && value > 0)) this.fail(`a ${what} must be a finite number > 0; got "${written}"`, start);
    return value;
  }

  /** At a "." after the integer digits `text[start, pos)`, followed by a digit: a decimal point? */
  private decimalPointHere(start: number, leading: boolean): boolean {
    if (leading) return true;
    const integer = this.text.slice(start, this.pos);
    if (Number(integer) === 0) return true;
    let end = this.pos + 1;
    while (isDigit(this.text[end])) end++;
    const after = this.text[end];
    // "2.6H2O" and "2.1.5NH3" read either way; "2.5", "2.5)" and "2.5·" only as decimals.
    const ambiguous = isUpper(after) || after === '(' || after === '[' || after === '.';
    if (!ambiguous) return true;
    const decimal = this.asciiDot === 'decimal';
    if (this.warnOnAmbiguity) {
      const fraction = this.text.slice(this.pos + 1, end);
      const asDecimal = `${integer}.${fraction}`;
      const message = decimal
        ? `column ${this.pos + 1}: "." read as a decimal point (count ${asDecimal}), because this formula writes decimal counts elsewhere; for an adduct write "·" or pass { asciiDot: 'hydrate' }`
        : `column ${this.pos + 1}: "." read as an adduct dot (… ${integer} · ${fraction}…); if ${asDecimal} is a count, pass { asciiDot: 'decimal' }`;
      this.warnings.push({ message: `"${this.original}": ${message}` });
    }
    return decimal;
  }

  private unexpected(expected: string): never {
    const ch = this.peek();
    if (ch === '+' || ch === '-' || ch === '−' || ch === '^') {
      this.fail(`charges are not supported (got ${describeChar(ch)}); give the neutral formula, e.g. "MgCl2" for Mg²⁺ + 2 Cl⁻`);
    }
    if (isLower(ch)) {
      let end = this.pos;
      while (isLower(this.text[end])) end++;
      const word = this.text.slice(this.pos, end);
      const capital = `${word.charAt(0).toUpperCase()}${word.slice(1, 2)}`;
      const hint = isElementSymbol(capital) ? ` (did you mean "${capital}"?)` : '';
      this.fail(`element symbols start with a capital letter; got "${word}"${hint}`);
    }
    this.fail(`expected ${expected}; got ${describeChar(ch)}`);
  }
}

function toDigits(text: string): string {
  return text.replace(/[\u2080-\u2089]/g, (d) => String(d.charCodeAt(0) - SUBSCRIPT_ZERO));
}

/**
 * Read a chemical formula such as "Mg2Mo6S8", "Mg(BH4)2·1.5NH3", "MgCl2.6H2O" or "Li0.5CoO2" into
 * its composition (atoms per formula unit). Never throws.
 */
export function parseFormula(text: string, options: FormulaOptions = {}): Result<Composition> {
  if (typeof text !== 'string') return err([{ message: `expected a formula as text; got ${typeof text}` }]);
  const normalised = toDigits(text);
  const mode = options.asciiDot ?? 'auto';
  const asciiDot =
    mode === 'auto'
      ? [...ADDUCT_DOTS].some((d) => normalised.includes(d)) || UNAMBIGUOUS_DECIMAL.test(normalised)
        ? 'decimal'
        : 'hydrate'
      : mode;
  const reader = new FormulaReader(normalised, text, asciiDot, mode === 'auto');
  try {
    const counts = reader.read();
    const composition: Partial<Record<Element, number>> = {};
    for (const [el, n] of counts) {
      if (!Number.isFinite(n)) return err([{ message: `"${text}": column 1: the count of ${el} overflows (the multipliers multiply past 1.8e308)` }]);
      composition[el] = n;
    }
    return ok(Object.freeze(composition), reader.warnings);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) {
      return err([{ message: `"${text}": column ${e.column}: ${e.problem}` }]);
    }
    return err([{ message: `"${text}": cannot read the formula (${e instanceof Error ? e.message : String(e)})` }]);
  }
}

/**
 * Write a composition in Hill order (C, then H, then the other elements alphabetically; without
 * C, all alphabetically), counts of 1 omitted: {Mg: 1, Cl: 2, H: 12, O: 6} → "Cl2H12MgO6".
 * Non-integer counts are written with "." and read back with `{ asciiDot: 'decimal' }`.
 * Source of the convention: E. A. Hill, J. Am. Chem. Soc. 22, 478 (1900).
 */
export function formatFormula(composition: Composition): string {
  const elements = (Object.keys(composition) as Element[]).filter((el) => (composition[el] ?? 0) !== 0);
  const hasCarbon = elements.includes('C');
  const rank = (el: Element): string => (hasCarbon && el === 'C' ? '0' : hasCarbon && el === 'H' ? '1' : `2${el}`);
  elements.sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
  return elements.map((el) => {
    const n = composition[el] ?? 0;
    return n === 1 ? el : `${el}${String(n)}`;
  }).join('');
}
