/**
 * The Teams meeting app's sources in teams/: the hand-written manifest, its localization files
 * and icons. Validated offline against Microsoft's schema as shipped in @microsoft/app-manifest,
 * then by rule for what the schema cannot say: that it is a meeting app, hosted by SPFx, showing
 * the live web part.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json';
import { PNG } from 'pngjs';

const root = path.resolve(__dirname, '../..');
const teamsDir = path.join(root, 'teams');
const readJson = (file: string): any => JSON.parse(fs.readFileSync(file, 'utf8'));
const manifest = readJson(path.join(teamsDir, 'manifest.json'));
const solution = readJson(path.join(root, 'config/package-solution.json')).solution;
const liveWebPart = readJson(path.join(root, 'src/webparts/live/LiveWebPart.manifest.json'));
const schemaDir = path.join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams', `v${manifest.manifestVersion}`);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ajv 6 with the draft-04 meta-schema the Teams schemas declare. `extendRefs: true` applies
 * keywords beside a `$ref` (the localization schema puts its length limits there), as the
 * Ajv 8 validator of Microsoft's own toolkit does; unknown formats fail instead of passing.
 */
function validator(schemaFile: string): Ajv.ValidateFunction {
  const full = path.join(schemaDir, schemaFile);
  if (!fs.existsSync(full)) throw new Error(`no schema for manifestVersion ${manifest.manifestVersion}: ${full} is missing`);
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, extendRefs: true });
  ajv.addMetaSchema(draft04);
  return ajv.compile(readJson(full));
}

function check(validate: Ajv.ValidateFunction, data: unknown, what: string): void {
  if (!validate(data)) throw new Error(`${what}: ${JSON.stringify(validate.errors, null, 2)}`);
}

function readPng(file: string): PNG {
  const full = path.join(teamsDir, file);
  if (!fs.existsSync(full))
    throw new Error(`teams/manifest.json names the icon ${file}, which is not in teams/ (node tools/teams-icons.mjs)`);
  return PNG.sync.read(fs.readFileSync(full));
}

function pixel(png: PNG, x: number, y: number): [number, number, number, number] {
  const i = (y * png.width + x) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
}

const languages: { languageTag: string; file: string }[] = manifest.localizationInfo?.additionalLanguages ?? [];
const tab = manifest.configurableTabs?.[0];

describe('teams/manifest.json', () => {
  const validateManifest = validator('MicrosoftTeams.schema.json');
  const validateLocalization = validator('MicrosoftTeams.Localization.schema.json');

  it('uses a released schema version, v1.17 or later, and names that schema', () => {
    expect(manifest.manifestVersion).toMatch(/^1\.\d+$/);
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(17);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it("validates against Microsoft's schema", () => {
    check(validateManifest, manifest, 'teams/manifest.json');
  });

  it.each(languages.map((l) => [l.languageTag, l.file] as const))(
    'its %s localization file %s validates against the schema',
    (_tag, file) => {
      const full = path.join(teamsDir, file);
      if (!fs.existsSync(full)) throw new Error(`teams/manifest.json names ${file}, which is not in teams/`);
      const strings = readJson(full);
      check(validateLocalization, strings, file);
      expect(strings.$schema).toBe(
        `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`,
      );
    },
  );

  it('rejects manifests that break the schema (the validators are real)', () => {
    expect(validateManifest({ ...manifest, accentColor: 'blue' })).toBe(false);
    expect(validateManifest({ ...manifest, configurableTabs: [{ ...tab, context: ['meetingSidePanel', 'noSuchContext'] }] })).toBe(false);
    expect(validateManifest({ ...manifest, developer: { ...manifest.developer, name: 'x'.repeat(33) } })).toBe(false);
    const strings = readJson(path.join(teamsDir, languages[0].file));
    expect(validateLocalization({ ...strings, 'name.short': 'x'.repeat(31) })).toBe(false);
    expect(validateLocalization({ ...strings, 'description.short': undefined })).toBe(false);
  });

  it('has a GUID for an app id, not the id of the solution or of a web part', () => {
    expect(manifest.id).toMatch(GUID);
    expect(manifest.id).not.toBe(solution.id);
    expect(manifest.id).not.toBe(liveWebPart.id);
  });

  it("carries the solution's version (Teams only updates the app when it goes up)", () => {
    expect(manifest.version).toBe((solution.version as string).split('.').slice(0, 3).join('.'));
  });

  it("names the solution's developer and its links", () => {
    expect(solution.developer.name.startsWith(manifest.developer.name)).toBe(true);
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect(manifest.developer[key]).toBe(solution.developer[key]);
  });

  it('has the name the live web part has in SharePoint, Swedish by default and English in the en-US file', () => {
    const title = liveWebPart.preconfiguredEntries[0].title;
    expect(manifest.localizationInfo.defaultLanguageTag.toLowerCase()).toBe('sv-se');
    expect(manifest.name.short).toBe(title['sv-SE']);
    const en = languages.find((l) => l.languageTag.toLowerCase() === 'en-us');
    if (!en) throw new Error('teams/manifest.json has no en-us localization file');
    const strings = readJson(path.join(teamsDir, en.file));
    expect(strings['name.short']).toBe(title['en-US']);
    expect(strings['description.full']).not.toBe(manifest.description.full);
  });

  it('is a meeting app: one configurable tab for the side panel and the stage, in meetings (group chats) and channel meetings', () => {
    expect(manifest.configurableTabs).toHaveLength(1);
    expect(tab.context).toEqual(expect.arrayContaining(['meetingSidePanel', 'meetingStage', 'meetingChatTab', 'meetingDetailsTab']));
    expect(tab.scopes).toEqual(expect.arrayContaining(['groupChat', 'team']));
    expect(typeof tab.canUpdateConfiguration).toBe('boolean');
    expect(manifest.staticTabs).toBeUndefined();
  });

  it("opens the live web part through SharePoint's Teams host page, with placeholders Teams fills in", () => {
    expect(liveWebPart.supportedHosts).toContain('TeamsMeetingApp');
    const url: string = tab.configurationUrl;
    const prefix = 'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?';
    expect(url.startsWith(prefix)).toBe(true);
    const outer = new URLSearchParams(url.slice(prefix.length));
    expect(outer.get('SPFX')).toBe('true');
    // dest is a SharePoint path whose own query is URL-encoded inside TeamsLogon's
    const dest = outer.get('dest')!;
    expect(url).not.toContain('dest=/_layouts/15/teamshostedapp.aspx?');
    const [page, query] = dest.split('?');
    expect(page).toBe('/_layouts/15/teamshostedapp.aspx');
    const inner = new URLSearchParams(query);
    expect(inner.has('teams')).toBe(true);
    expect(inner.get('componentId')).toBe(liveWebPart.id);
    expect(inner.get('forceLocale')).toBe('{locale}');
    // every componentId anywhere in the manifest is the live web part's
    const ids = [...JSON.stringify(manifest).matchAll(/componentId=([0-9a-f-]+)/gi)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set([liveWebPart.id]));
  });

  it('signs in to SharePoint Online as SPFx in Teams does', () => {
    expect(manifest.webApplicationInfo).toEqual({ id: '00000003-0000-0ff1-ce00-000000000000', resource: 'https://{teamSiteDomain}' });
    expect(manifest.validDomains).toEqual(expect.arrayContaining(['*.login.microsoftonline.com', '*.sharepoint.com']));
    expect(manifest.authorization).toBeUndefined();
  });
});

describe('Teams app icons', () => {
  it('the colour icon is 192×192, opaque, the accent colour with a white glyph', () => {
    const png = readPng(manifest.icons.color);
    expect([png.width, png.height]).toEqual([192, 192]);
    const accent = /^#(..)(..)(..)$/
      .exec(manifest.accentColor)!
      .slice(1)
      .map((h) => parseInt(h, 16));
    expect(pixel(png, 0, 0)).toEqual([...accent, 255]);
    expect(pixel(png, 191, 191)).toEqual([...accent, 255]);
    let white = 0;
    for (let y = 0; y < 192; y++)
      for (let x = 0; x < 192; x++) {
        const [r, g, b, a] = pixel(png, x, y);
        expect(a).toBe(255);
        if (r === 255 && g === 255 && b === 255) white++;
      }
    expect(white).toBeGreaterThan(192 * 192 * 0.05);
  });

  it('the outline icon is 32×32, white on transparent only', () => {
    const png = readPng(manifest.icons.outline);
    expect([png.width, png.height]).toEqual([32, 32]);
    let opaque = 0;
    let transparent = 0;
    const offending: string[] = [];
    for (let y = 0; y < 32; y++)
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = pixel(png, x, y);
        if (a === 0) transparent++;
        else if (r !== 255 || g !== 255 || b !== 255) offending.push(`(${x},${y}) rgba(${r},${g},${b},${a})`);
        if (a === 255) opaque++;
      }
    expect(offending).toEqual([]);
    expect(opaque).toBeGreaterThan(32 * 32 * 0.05);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
  });
});
