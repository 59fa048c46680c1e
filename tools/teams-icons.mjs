#!/usr/bin/env node
// Draws the Teams app's two icons (teams/color.png, teams/outline.png): a microphone on a stand.
// Teams asks for a 192×192 full-colour icon and a 32×32 outline icon that is white on a
// transparent background. The colour icon's background is the manifest's accentColor, so
// Teams' tile and the icon agree. Run `node tools/teams-icons.mjs` after changing either; the
// PNGs are committed, the packaging tests check their sizes and colours.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pngjs from 'pngjs';

const { PNG } = pngjs;
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const teamsDir = join(root, 'teams');
const manifest = JSON.parse(readFileSync(join(teamsDir, 'manifest.json'), 'utf8'));

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Whether a point of the unit square (0..1 both ways, y down) is on the glyph: the microphone's
 * head (a capsule), the U of its holder (the lower half of a ring, with short upright ends), the
 * stem and the foot.
 */
function onGlyph(x, y) {
  const head = segmentDistance(x, y, 0.5, 0.2, 0.5, 0.42) <= 0.14;
  const ringCentreY = 0.44;
  const r = Math.hypot(x - 0.5, y - ringCentreY);
  const holder =
    (y >= ringCentreY && Math.abs(r - 0.25) <= 0.035) || (y >= 0.36 && y < ringCentreY && Math.abs(Math.abs(x - 0.5) - 0.25) <= 0.035);
  const stem = Math.abs(x - 0.5) <= 0.035 && y >= 0.69 && y <= 0.84;
  const foot = segmentDistance(x, y, 0.36, 0.84, 0.64, 0.84) <= 0.035;
  return head || holder || stem || foot;
}

/** Share of a pixel covered by the glyph, sampled 8×8 within the pixel. */
function coverage(px, py, box) {
  const n = 8;
  let hits = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x = (px + (i + 0.5) / n - box.x) / box.size;
      const y = (py + (j + 0.5) / n - box.y) / box.size;
      if (x >= 0 && x <= 1 && y >= 0 && y <= 1 && onGlyph(x, y)) hits++;
    }
  return hits / (n * n);
}

function hexToRgb(hex) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`accentColor ${hex} is not #rrggbb`);
  return m.slice(1).map((h) => parseInt(h, 16));
}

/** Writes a size×size PNG; paint(x, y) gives [r, g, b, a]. */
function writeIcon(file, size, paint) {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const [r, g, b, a] = paint(x, y);
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  writeFileSync(join(teamsDir, file), PNG.sync.write(png));
  console.log(`teams/${file}: ${size}×${size}`);
}

// Colour: the glyph white on the accent colour, inside Teams' safe area (the middle ~2/3).
const accent = hexToRgb(manifest.accentColor);
const colorBox = { x: 32, y: 32, size: 128 };
writeIcon(manifest.icons.color, 192, (x, y) => {
  const c = coverage(x, y, colorBox);
  return [...accent.map((v) => Math.round(v + (255 - v) * c)), 255];
});

// Outline: white only, the glyph's coverage as alpha, on transparent.
const outlineBox = { x: 1, y: 1, size: 30 };
writeIcon(manifest.icons.outline, 32, (x, y) => [255, 255, 255, Math.round(255 * coverage(x, y, outlineBox))]);
