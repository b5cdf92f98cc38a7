// The CLI's output channels and its error type: usage and data errors print a clear message and exit non-zero.
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** A progress line that replaces the previous one (only on a terminal; '' clears it). Absent: no progress shown. */
  progress?(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ...(process.stdout.isTTY
    ? {
        progress: (line: string) =>
          process.stdout.write(`\r\x1b[2K${line.slice(0, process.stdout.columns - 1)}`),
      }
    : {}),
};

/** An expected failure: the message is for the person at the keyboard; exit code 2 for usage, 1 otherwise. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export const usageError = (message: string): CliError =>
  new CliError(`${message}\nLihat 'puskesos help'.`, 2);
