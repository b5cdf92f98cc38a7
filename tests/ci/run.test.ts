// The README's two commands and .ci/run must not drift apart: CI runs word for word what a newcomer is told to run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(resolve(root, path), 'utf8');

/** Rows of the table under "## The two commands": what → command (the text between backticks). */
function readmeCommands(readme: string): Map<string, string> {
  const section = readme.split(/^## /m).find((s) => s.startsWith('The two commands'));
  if (!section) throw new Error('README has no "## The two commands" section');
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*(.+?)\s*\|\s*`([^`]+)`\s*\|$/.exec(line.trim());
    if (m?.[1] && m[2]) rows.set(m[1].replace(/\*\*/g, ''), m[2]);
  }
  return rows;
}

/** The shell commands .ci/run executes: its lines without comments, blank lines and the preamble. */
function ciCommands(script: string): string[] {
  return script
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .filter((l) => !/^(set |cd |export )/.test(l));
}

/** The command part of a .ci/run line: without the `|| exit` that makes set -e stop on a failed && list. */
const commandOf = (line: string): string => line.replace(/\s*\|\|\s*exit(\s+\S+)?$/, '');

describe('README commands and .ci/run', () => {
  const rows = readmeCommands(read('README.md'));
  const test = rows.get('Run the whole test suite');
  const ci = ciCommands(read('.ci/run'));

  it('README names the start, browser start and test commands, each `npm ci && npm <script>` of a real script', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect([...rows.keys()]).toEqual([
      'Start the app (desktop)',
      'Start the app (browser, where Electron cannot be downloaded)',
      'Run the whole test suite',
    ]);
    for (const command of rows.values()) {
      const m = /^npm ci && npm (?:run )?([\w:-]+)$/.exec(command);
      expect(m, command).not.toBeNull();
      expect(scripts[m?.[1] ?? ''], command).toBeDefined();
    }
  });

  it(".ci/run runs the README's test command word for word, and stops when it fails", () => {
    expect(test).toBe('npm ci && npm test');
    const line = ci.find((l) => commandOf(l) === test);
    expect(line, `.ci/run has no line running exactly "${test}"`).toBeDefined();
    // Under set -e a failed `a && b` list does not stop the script: the line must end in `|| exit`.
    expect(line).toMatch(/\|\|\s*exit$/);
    // It is the first thing CI runs, and no other step installs or tests behind the README's back.
    expect(ci[0]).toBe(line);
    const others = ci.filter((l) => l !== line);
    expect(others).toEqual(['npm run -s bench -- --scale small']);
  });

  it('the test script itself makes sure of the system packages before anything else needs them', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    const steps = (scripts.test ?? '').split('&&').map((s) => s.trim());
    expect(steps.slice(0, 2)).toEqual(['npm run -s guard', 'npm run -s system-packages']);
    expect(scripts['system-packages']).toBe('node scripts/ensure-system-packages.ts');
  });

  it('the parsers see a drift: a changed README row or an extra .ci/run step fails the checks above', () => {
    const readme = read('README.md').replace('`npm ci && npm test`', '`npm install && npm test`');
    expect(readmeCommands(readme).get('Run the whole test suite')).not.toBe(commandOf(ci[0] ?? ''));
    const script = read('.ci/run').replace(
      'npm ci && npm test || exit',
      'apt-get install -y rclone\nnpm ci && npm test || exit',
    );
    expect(ciCommands(script)[0]).toBe('apt-get install -y rclone');
  });
});
