#!/usr/bin/env node
// Prints each web part bundle's raw and gzip size after `npm run package` and exits non-zero
// when one exceeds the budget (DESIGN.md §9: ≤ 120 KB gzip per web part, ship build).
//
// The ship build (`gulp bundle --ship`) writes manifests to release/manifests/ and bundles to
// release/assets/ (and dist/); the manifests say which hashed file is each web part's bundle,
// so stale files from earlier builds are never measured.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const LIMIT_KB = Number(process.env.BUNDLE_GZIP_LIMIT_KB ?? 120);
const KB = 1024;

const candidates = [
  { manifests: 'release/manifests', assets: ['release/assets', 'dist', 'temp/deploy'] },
  { manifests: 'dist', assets: ['dist', 'temp/deploy'] },
];

function findBuild() {
  for (const c of candidates) {
    const dir = join(root, c.manifests);
    if (!existsSync(dir)) continue;
    const manifests = readdirSync(dir)
      .filter((f) => f.endsWith('.manifest.json'))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))
      .filter((m) => m.componentType === 'WebPart' && m.loaderConfig);
    if (manifests.length > 0) return { ...c, list: manifests };
  }
  return undefined;
}

/** Raw and gzip size of each web part's bundle in the last ship build; undefined when there is none. */
export function measureBundles() {
  const build = findBuild();
  if (!build) return undefined;
  return build.list.map((m) => {
    const { entryModuleId, scriptResources } = m.loaderConfig;
    const entry = scriptResources[entryModuleId];
    if (!entry || entry.type !== 'path') return { alias: m.alias, error: `manifest has no bundle path for ${entryModuleId}` };
    const dir = build.assets.map((d) => join(root, d)).find((d) => existsSync(join(d, entry.path)));
    if (!dir) return { alias: m.alias, error: `bundle ${entry.path} not found in ${build.assets.join(', ')}` };
    const file = join(dir, entry.path);
    const bytes = readFileSync(file);
    const gz = gzipSync(bytes, { level: 9 }).length;
    return { alias: m.alias, file: relative(root, file), raw: bytes.length, gz, over: gz > LIMIT_KB * KB };
  });
}

function main() {
  const rows = measureBundles();
  if (!rows) {
    console.error('No ship build found (release/manifests or dist/*.manifest.json). Run `npm run package` first.');
    process.exit(2);
  }
  let failed = false;
  for (const r of rows.filter((x) => x.error)) {
    console.error(`${r.alias}: ${r.error}. Run \`npm run package\`.`);
    failed = true;
  }
  const ok = rows.filter((x) => !x.error);
  const fmt = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
  const width = Math.max(9, ...ok.map((r) => r.alias.length));
  console.log(`${'web part'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  bundle`);
  for (const r of ok.sort((a, b) => a.alias.localeCompare(b.alias))) {
    if (r.over) failed = true;
    console.log(`${r.alias.padEnd(width)}  ${fmt(r.raw).padStart(10)}  ${fmt(r.gz).padStart(10)}  ${r.file}${r.over ? `  OVER ${LIMIT_KB} KB gzip` : ''}`);
  }
  if (failed) {
    console.error(`\nAt least one web part bundle is over ${LIMIT_KB} KB gzip or missing.`);
    process.exit(1);
  }
  console.log(`\nAll web part bundles are within ${LIMIT_KB} KB gzip.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
