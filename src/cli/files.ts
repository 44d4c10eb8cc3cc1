import { accessSync, constants, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../units/index.ts';

/**
 * Check before any work that `path` can be written: its folder exists and is writable and the path
 * is not a folder. Throws an InputError (exit 2) naming the path.
 */
export function assertWritable(path: string): string {
  const full = resolve(path);
  const dir = dirname(full);
  let dirStat;
  try {
    dirStat = statSync(dir);
  } catch {
    throw new InputError(`cannot write ${path}: the folder ${dir} does not exist`);
  }
  if (!dirStat.isDirectory()) throw new InputError(`cannot write ${path}: ${dir} is not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InputError(`cannot write ${path}: the folder ${dir} is not writable`);
  }
  try {
    if (statSync(full).isDirectory()) throw new InputError(`cannot write ${path}: it is a folder; give a file name`);
  } catch (e) {
    if (e instanceof InputError) throw e;
  }
  return full;
}

/**
 * Write a file atomically: into a temporary file next to it, then rename over the target, so a
 * failure never leaves a half-written file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const full = assertWritable(path);
  const tmp = join(dirname(full), `.${basename(full)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, full);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw new InputError(`cannot write ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
