// Prints one closing line for the whole suite from the Vitest and Playwright JSON reports: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
const vitest = read('tests/artifacts/reports/vitest.json');
const pw = read('tests/artifacts/reports/playwright.json');
let passed = 0;
let failed = 0;
let skipped = 0;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
if (pw) {
  passed += pw.stats.expected + pw.stats.flaky;
  failed += pw.stats.unexpected;
  skipped += pw.stats.skipped;
}
if (!vitest || !pw)
  console.error('test-summary: a report is missing (vitest: %s, playwright: %s)', !!vitest, !!pw);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || !vitest || !pw || passed === 0 ? 1 : 0);
