// Fails loudly when npm scripts would run on a Node older than the pinned Node 24 (the Node inside Electron 45).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  const bar = '='.repeat(72);
  console.error(
    `${bar}\nPuskesos Desktop needs Node 24 or newer; this is Node ${process.versions.node} (${process.execPath}).\nRun 'npm ci' so the pinned 'node' devDependency installs Node 24 into node_modules/.bin,\nthen run the command through 'npm run …' (which puts node_modules/.bin first on PATH).\n${bar}`,
  );
  process.exit(1);
}
