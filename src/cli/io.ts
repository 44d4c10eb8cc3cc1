/** The CLI's output streams, injectable so commands can be tested without a subprocess. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Raw bytes to stdout (PNG to a pipe). */
  outBytes(data: Uint8Array): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  outBytes: (data) => process.stdout.write(data),
};

export function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
