// The CLI's output channels and its error type: usage and data errors print a clear message and exit non-zero.
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
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
