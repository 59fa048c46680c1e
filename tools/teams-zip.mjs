#!/usr/bin/env node
// Builds the Teams app package teams/TeamsSPFxApp.zip from teams/manifest.json and the files it
// names (icons, localization files), all at the zip's root as Teams requires. `npm run package`
// runs this before `gulp package-solution`, which copies everything in teams/ into the sppkg's
// ClientSideAssets/; "Sync to Teams" in the app catalog then deploys this zip instead of a
// manifest SharePoint would generate. The zip is build output (.gitignore).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const teamsDir = join(root, 'teams');
const ZIP_NAME = 'TeamsSPFxApp.zip';

/** The files of the app package, as paths relative to teams/: the manifest first. */
function packageFiles(manifest) {
  const named = [
    manifest.icons?.color,
    manifest.icons?.outline,
    manifest.localizationInfo?.defaultLanguageFile,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ].filter(Boolean);
  for (const f of named)
    if (normalize(f) !== f || f.startsWith('..') || f.includes('/') || f.includes('\\'))
      throw new Error(`teams/manifest.json names ${f}: package files must sit next to the manifest`);
  return ['manifest.json', ...new Set(named)];
}

const manifest = JSON.parse(readFileSync(join(teamsDir, 'manifest.json'), 'utf8'));
const zip = new JSZip();
// a fixed date, so the same sources give the same zip
const date = new Date(Date.UTC(2025, 0, 1));
for (const f of packageFiles(manifest)) {
  const full = join(teamsDir, f);
  if (!existsSync(full)) throw new Error(`teams/manifest.json names ${f}, which is not in teams/`);
  zip.file(f, readFileSync(full), { date });
}
const out = join(teamsDir, ZIP_NAME);
writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
console.log(`teams/${ZIP_NAME}: ${Object.keys(zip.files).join(', ')}`);
