// Loud guard for tool configs (Vitest, ESLint, Playwright): tools started directly from node_modules/.bin
// run on whatever `node` is first on PATH, and better-sqlite3-multiple-ciphers 13 crashes on the system's Node 20.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  throw new Error(
    `\n${'='.repeat(72)}\nThis tool is running on Node ${process.versions.node} (${process.execPath}); Puskesos Desktop needs Node 24.\n` +
      `Run it through npm (npm run test:unit -- <args>, npm run lint, npm run test:e2e), or put the pinned Node first:\n` +
      `  export PATH="$PWD/node_modules/.bin:$PATH"\n${'='.repeat(72)}`,
  );
}
export {};
