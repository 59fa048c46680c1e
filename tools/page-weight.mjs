#!/usr/bin/env node
// Per-page portal JavaScript from the last ship build (`npm run package`), each file counted once
// (DESIGN.md §9: any single web part page ≤ 120 KB gzip, the hub page ≤ 200 KB gzip).
//
// All web parts ship in one SPFx bundle whose views are chunks (src/webparts/PortalWebPart.ts).
// A page loads the bundle once, then for each web part on it the chunk group of that web part's
// view: webpack's runtime in the bundle names each chunk file, and each `import()` of a view
// lists the chunks it waits for. Both are read from the built bundle, so what is measured is
// exactly what a browser would fetch for the first render.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const KB = 1024;
export const PAGE_LIMIT_KB = 120;
export const HUB_LIMIT_KB = 200;
/** The hub page DESIGN §9 sets a budget for. */
export const HUB_PAGE = ['OverviewWebPart', 'CalendarWebPart', 'MailboxWebPart', 'DirectoryWebPart'];

/** "PortalSetupWebPart" → "portal-setup-view": the chunk name each web part gives its view. */
const viewChunkName = (alias) =>
  alias
    .replace(/WebPart$/, '')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase() + '-view';

function readBuild() {
  const manifestsDir = join(root, 'release', 'manifests');
  const assetsDir = join(root, 'release', 'assets');
  if (!existsSync(manifestsDir) || !existsSync(assetsDir)) return undefined;
  const manifests = readdirSync(manifestsDir)
    .filter((f) => f.endsWith('.manifest.json'))
    .map((f) => JSON.parse(readFileSync(join(manifestsDir, f), 'utf8')))
    .filter((m) => m.componentType === 'WebPart' && m.loaderConfig);
  return { manifests, assetsDir };
}

function gz(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Chunk id → file name, and view chunk name → the chunk ids its import() loads. */
function chunkGraph(entrySource) {
  const names = /"chunk\."\+\((\{[^}]*\})\[\w+\]\|\|\w+\)\+"_"\+(\{[^}]*\})\[\w+\]\+"\.js"/.exec(entrySource);
  if (!names) throw new Error('The bundle has no webpack chunk map; is it a ship build of this project?');
  const toObject = (literal) => Function(`return (${literal});`)();
  const named = toObject(names[1]);
  const hashes = toObject(names[2]);
  const file = (id) => `chunk.${named[id] ?? id}_${hashes[id]}.js`;
  const idOf = Object.fromEntries(Object.entries(named).map(([id, name]) => [name, id]));
  const groups = [...entrySource.matchAll(/Promise\.all\(\[((?:\w+\.e\(\d+\),?)+)\]\)/g)].map((m) =>
    [...m[1].matchAll(/\.e\((\d+)\)/g)].map((x) => x[1]),
  );
  // a view imported with no shared chunks compiles to a single `x.e(id)` call
  const groupOf = (name) => {
    const id = idOf[name];
    if (id === undefined) return undefined;
    return groups.find((g) => g.includes(id)) ?? [id];
  };
  return { file, groupOf };
}

/** Files and gzip bytes of each web part alone and of the hub page; undefined without a ship build. */
export function measurePages() {
  const build = readBuild();
  if (!build) return undefined;
  const entries = new Set(build.manifests.map((m) => m.loaderConfig.scriptResources[m.loaderConfig.entryModuleId]?.path));
  if (entries.size !== 1 || entries.has(undefined))
    throw new Error(`Expected one bundle for all web parts, found ${[...entries].join(', ')}`);
  const entry = [...entries][0];
  const { file, groupOf } = chunkGraph(readFileSync(join(build.assetsDir, entry), 'utf8'));
  const filesOf = (alias) => {
    const group = groupOf(viewChunkName(alias));
    if (!group) throw new Error(`${alias}: no chunk named ${viewChunkName(alias)} in the bundle`);
    return group.map(file);
  };
  const page = (aliases) => {
    const files = [...new Set([entry, ...aliases.flatMap(filesOf)])];
    return { files, gz: files.reduce((sum, f) => sum + gz(join(build.assetsDir, f)), 0) };
  };
  const aliases = build.manifests.map((m) => m.alias).sort();
  return {
    bundle: { file: entry, gz: gz(join(build.assetsDir, entry)) },
    single: aliases.map((alias) => ({ alias, ...page([alias]) })),
    hub: { aliases: HUB_PAGE, ...page(HUB_PAGE) },
  };
}

function main() {
  const r = measurePages();
  if (!r) {
    console.error('No ship build found (release/manifests, release/assets). Run `npm run package` first.');
    process.exit(2);
  }
  const fmt = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
  let failed = false;
  console.log(`bundle ${r.bundle.file}: ${fmt(r.bundle.gz)} gzip`);
  console.log(`${'page'.padEnd(40)} ${'files'.padStart(5)} ${'gzip'.padStart(10)}`);
  for (const p of r.single) {
    const over = p.gz > PAGE_LIMIT_KB * KB;
    failed ||= over;
    console.log(
      `${p.alias.padEnd(40)} ${String(p.files.length).padStart(5)} ${fmt(p.gz).padStart(10)}${over ? `  OVER ${PAGE_LIMIT_KB} KB` : ''}`,
    );
  }
  const hubOver = r.hub.gz > HUB_LIMIT_KB * KB;
  failed ||= hubOver;
  console.log(
    `${('hub: ' + r.hub.aliases.map((a) => a.replace('WebPart', '')).join(' + ')).padEnd(40)} ${String(r.hub.files.length).padStart(5)} ${fmt(r.hub.gz).padStart(10)}${hubOver ? `  OVER ${HUB_LIMIT_KB} KB` : ''}`,
  );
  if (failed) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
