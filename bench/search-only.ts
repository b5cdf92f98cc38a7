// Re-measures search-as-you-type alone on a kept Dinsos register (`npm run bench -- --keep` leaves it in the
// scratch directory): node bench/search-only.ts DATA_DIR [SAMPLES]. Prints the same figures as the full run.
import { withBench } from './open.ts';
import { measureSearch } from './search-measure.ts';

const [dataDir, samples = '40'] = process.argv.slice(2);
if (!dataDir || !/^\d+$/.test(samples)) {
  process.stderr.write('usage: node bench/search-only.ts DATA_DIR [SAMPLES]\n');
  process.exit(2);
}
const s = await withBench(dataDir, (reg) => measureSearch(reg, Number(samples)));
const f = (x: number): string => `${x.toFixed(1)} ms`;
process.stdout.write(
  `${s.persons} persons, ${s.queries} distinct queries (${s.nameMs.length} name, ${s.nikMs.length} NIK): ` +
    `p50 ${f(s.p50)}, p95 ${f(s.p95)}, names p95 ${f(s.nameP95)}, NIK p95 ${f(s.nikP95)}\n`,
);
