/**
 * The small set of typed errors the library throws. Each message says what was wrong and how to
 * fix the input. The app layer maps `InputError` and its subclasses to exit code 2.
 */
export class InterphaseError extends Error {
  override readonly name: string = 'InterphaseError';
}

/** The caller's input is invalid (unknown id, bad option, value out of range). */
export class InputError extends InterphaseError {
  override readonly name: string = 'InputError';
}

/** A quantity string could not be read, or it has the wrong dimension. */
export class UnitError extends InputError {
  override readonly name: string = 'UnitError';
}

/** Stored data (the knowledge base, a parameter set) failed validation. */
export class DataError extends InterphaseError {
  override readonly name: string = 'DataError';
}
