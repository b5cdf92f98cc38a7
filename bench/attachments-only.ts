// Measures the attachment rows alone on a cached dataset: node bench/attachments-only.ts DATASET_DIR [small|medium|full].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attachmentsMeasures, measureAttachments } from './attachments-measure.ts';
import { isScaleName } from './scales.ts';
import { textTable } from './table.ts';
import { workspace } from './workspace.ts';

const [root, scale = 'small'] = process.argv.slice(2);
if (!root || !isScaleName(scale)) {
  process.stderr.write('usage: node bench/attachments-only.ts DATASET_DIR [small|medium|full]\n');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(root, 'dataset.json'), 'utf8')) as {
  dinsos: string;
  offices: { dir: string; bundle: string }[];
};
const office = manifest.offices[0];
if (!office) throw new Error('the dataset has no office');
const ws = workspace();
try {
  const r = await measureAttachments(
    ws,
    join(root, office.dir),
    join(root, manifest.dinsos),
    join(root, office.bundle),
    scale,
  );
  process.stdout.write(`${JSON.stringify(r)}\n${textTable(attachmentsMeasures(r, scale))}\n`);
} finally {
  ws.remove();
}
