import type { MathJsInstance } from 'mathjs';
import mathBundle from 'mathjs/lib/browser/math.js';

/**
 * A private mathjs instance for unit handling (never the shared global one), extended with the
 * units battery papers write and mathjs lacks, and with the electronvolt set to its exact SI value.
 * Only `Unit.parse` is used on user text: a unit parser, not an expression evaluator.
 */
function makeInstance(): MathJsInstance {
  // create() with no factories builds a full, private instance (all functions and units).
  const math = mathBundle.create();
  // mathjs 15 carries the CODATA 2010 electronvolt (1.602176565e-19 J); since the 2019 SI
  // redefinition e is exact: 1 eV = 1.602176634e-19 J.
  math.createUnit('eV', { definition: '1.602176634e-19 J', prefixes: 'short' }, { override: true });
  // Molar concentration, as in "0.5 M Mg[B(hfip)4]2/DME" and "50 mM".
  math.createUnit('M', { definition: '1 mol/L', prefixes: 'short' });
  return math;
}

export const math: MathJsInstance = makeInstance();
