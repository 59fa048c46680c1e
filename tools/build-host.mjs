// Bundles the standalone host (src/host) into dist/host: index.html, host.js (an ES module) with the
// chunks its dynamic imports load (chunks/: the PDF and Word libraries only when a clerk generates
// minutes), their source maps, and Fluent UI's icon fonts in fonts/.
// The local tenant serves that folder at `/`. Usage: node tools/build-host.mjs
// The sign-in configuration is config/standalone.json (the local tenant's authority), or the file
// STANDALONE_CONFIG names (a real tenant's: README "Deploying the standalone portal").
import { build } from 'esbuild';
import { copyFile, cp, mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'host');

const CONFIG_KEYS = [
  'clientId',
  'authority',
  'knownAuthorities',
  'redirectUri',
  'postLogoutRedirectUri',
  'siteUrl',
  'graphBaseUrl',
  'scopes',
  'stepUpAuthContext',
  'cacheLocation',
];

async function signInConfig() {
  const file = resolve(root, process.env.STANDALONE_CONFIG || join('config', 'standalone.json'));
  const config = JSON.parse(await readFile(file, 'utf8'));
  const missing = CONFIG_KEYS.filter((k) => config[k] === undefined || config[k] === '');
  if (missing.length)
    throw new Error(`${relative(root, file)} lacks ${missing.join(', ')} (see README, "Deploying the standalone portal")`);
  return config;
}

async function main() {
  const config = await signInConfig();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { host: 'src/host/index.tsx' },
    outdir: outDir,
    // what a view loads later stays out of the first download (an iife would inline every import())
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    platform: 'browser',
    // ES modules with dynamic import: every browser the portal supports (Edge, Chrome, Safari, Teams' webviews)
    target: ['es2020'],
    jsx: 'transform',
    // React's production build, and no Node `process` in the browser.
    define: { 'process.env.NODE_ENV': '"production"', __STANDALONE_CONFIG__: JSON.stringify(config) },
    // Fluent UI and date-fns ship ES modules: let tree shaking keep only what is imported.
    mainFields: ['browser', 'module', 'main'],
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await copyFile(join(root, 'src', 'host', 'index.html'), join(outDir, 'index.html'));
  // where MSAL's step-up popup lands: the opener reads the answer from its address, nothing runs there
  await copyFile(join(root, 'src', 'host', 'blank.html'), join(outDir, 'blank.html'));
  // Fluent UI's icon fonts, served by the portal itself (src/host/icons.ts): no CDN on a closed network
  const fonts = join(dirname(dirname(createRequire(import.meta.url).resolve('@fluentui/font-icons-mdl2'))), 'fonts');
  await cp(fonts, join(outDir, 'fonts'), { recursive: true });
  // the font the minutes' PDF embeds (src/data/minutes/render/fonts.ts FONT_FILES), fetched only when a clerk generates
  const dejavu = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) await copyFile(join(dejavu, file), join(outDir, 'fonts', file));

  const js = await readFile(join(outDir, 'host.js'));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${relative(root, join(outDir, 'host.js'))}: ${kb(js.length)} raw, ${kb(gzipSync(js).length)} gzip`);
}

main().catch((err) => {
  // esbuild has already printed the errors; say where it stopped and fail the build.
  console.error(`build-host failed: ${err && err.message ? err.message : err}`);
  process.exit(1);
});
