#!/usr/bin/env node
// Entry point of the `puskesos` command-line tool (npm run cli -- <command>).
import { processIo } from './io.ts';
import { runCli } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), processIo);
