#!/usr/bin/env node
// `npm test`: type check, lint and format check, build what the tests check (the .sppkg and the standalone host), then run every jest project
// (unit, ui, integration, packaging, e2e) and close with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (label, cmd, args) => {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  // LOCAL_TENANT_TEST: tenants started by the tests answer /_local/faults and /_local/requests
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, LOCAL_TENANT_TEST: '1' } });
  console.log(`◀ ${label}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status ?? 1;
};

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (
  run('type check (tsc -p tsconfig.node.json)', process.execPath, [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    'tsconfig.node.json',
  ]) !== 0
)
  process.exit(1);
if (run('lint (eslint .)', process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.', '--max-warnings=0']) !== 0)
  process.exit(1);
if (
  run('format (prettier --check .)', process.execPath, [
    join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
    '--check',
    '--log-level=warn',
    '.',
  ]) !== 0
)
  process.exit(1);
if (!process.env.SKIP_PACKAGE) {
  if (run('SharePoint package (npm run package)', npm, ['run', 'package', '--silent']) !== 0) process.exit(1);
}
if (run('standalone host (build-host)', process.execPath, [join(root, 'tools', 'build-host.mjs')]) !== 0) process.exit(1);

mkdirSync(join(root, 'temp'), { recursive: true });
const results = join(root, 'temp', 'jest-results.json');
const jestArgs = [join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--json', `--outputFile=${results}`, ...process.argv.slice(2)];
const status = run('jest', process.execPath, jestArgs);
if (existsSync(results)) {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}`);
}
process.exit(status);
