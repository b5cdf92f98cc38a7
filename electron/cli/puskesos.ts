#!/usr/bin/env node
// Entry point of the `puskesos` command-line tool (npm run cli -- <command>).
import { runInHeapLimit } from './heap-limited.ts';
import { processIo } from './io.ts';
import { runCli } from './run.ts';

const argv = process.argv.slice(2);
// An import (and its undo) runs under the heap limit of the app's core writer thread, where the screen's runs.
process.exitCode =
  argv[0] === 'import' ? await runInHeapLimit(argv, processIo) : await runCli(argv, processIo);
