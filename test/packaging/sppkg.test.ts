/**
 * Checks the solution package an admin uploads to the app catalog: built by `npm run package`
 * (gulp bundle --ship + gulp package-solution --ship), never by this test.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json';
import JSZip from 'jszip';

const root = path.resolve(__dirname, '../..');
const sppkgPath = path.join(root, 'sharepoint/solution/politikerportal.sppkg');
const solution = JSON.parse(fs.readFileSync(path.join(root, 'config/package-solution.json'), 'utf8')).solution;
const schemaDir = path.join(root, 'node_modules/@microsoft/sp-module-interfaces/lib-commonjs/manifestSchemas/jsonSchemas');

interface WebPartManifest {
  id: string;
  alias: string;
  componentType: string;
  loaderConfig?: { entryModuleId: string; scriptResources: Record<string, { type: string; path?: string }> };
  [key: string]: unknown;
}

/** Every web part in the source tree: `src/webparts/**\/*.manifest.json`. */
function sourceManifests(): { file: string; manifest: WebPartManifest }[] {
  const found: { file: string; manifest: WebPartManifest }[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.manifest.json'))
        found.push({ file: path.relative(root, full), manifest: JSON.parse(fs.readFileSync(full, 'utf8')) });
    }
  };
  walk(path.join(root, 'src/webparts'));
  return found;
}

function xmlUnescape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

function attr(xml: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(xml);
  return m ? xmlUnescape(m[1]) : undefined;
}

/**
 * An ajv validator for the SPFx web part manifest schema. Its `$ref`s name sibling files
 * (`localized-string.schema.json`, `guid.schema.json`…): those are loaded transitively from the
 * same folder; a `$ref` to a file that is not there fails loudly. The one remote `$ref` (site
 * design script actions, used only by prefab app manifests) is not shipped and cannot be
 * fetched offline: it is stood in for by an empty schema, which does not touch web parts.
 */
function webPartValidator(): Ajv.ValidateFunction {
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, unknownFormats: 'ignore' });
  ajv.addMetaSchema(draft04);
  const pending = ['client-side-web-part-manifest.schema.json'];
  const loaded = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (loaded.has(file)) continue;
    if (/^https?:/.test(file)) {
      ajv.addSchema({ properties: { actions: {} } }, file);
      loaded.add(file);
      continue;
    }
    const full = path.join(schemaDir, file);
    if (!fs.existsSync(full)) throw new Error(`schema ${file} referenced by the SPFx manifest schema is missing in ${schemaDir}`);
    const text = fs.readFileSync(full, 'utf8');
    ajv.addSchema(JSON.parse(text), file);
    loaded.add(file);
    for (const m of text.matchAll(/"\$ref"\s*:\s*"([^"#]+)(#[^"]*)?"/g)) pending.push(m[1]);
  }
  const validate = ajv.getSchema('client-side-web-part-manifest.schema.json');
  if (!validate) throw new Error('SPFx web part manifest schema not found in @microsoft/sp-module-interfaces');
  return validate;
}

describe('politikerportal.sppkg', () => {
  let zip: JSZip;
  let files: string[];
  /** Web part manifests as packaged (feature element files), by id. */
  const packaged = new Map<string, WebPartManifest>();

  beforeAll(async () => {
    if (!fs.existsSync(sppkgPath)) {
      throw new Error(`${path.relative(root, sppkgPath)} is missing. Run \`npm run package\` first, then run this test again.`);
    }
    zip = await JSZip.loadAsync(fs.readFileSync(sppkgPath));
    files = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
    for (const f of files.filter((f) => /(^|\/)WebPart_[0-9a-f-]+\.xml$/i.test(f))) {
      const xml = await zip.file(f)!.async('string');
      const json = attr(xml, 'ComponentManifest');
      if (!json) throw new Error(`${f} has no ComponentManifest`);
      const manifest = JSON.parse(json) as WebPartManifest;
      packaged.set(manifest.id, manifest);
    }
  });

  it('AppManifest.xml names the solution with its id, name and version', async () => {
    const app = await zip.file('AppManifest.xml')!.async('string');
    expect(attr(app, 'ProductID')).toBe(solution.id);
    expect(attr(app, 'Name')).toBe('Politikerportal');
    expect(attr(app, 'Version')).toBe(solution.version);
    expect(attr(app, 'IsClientSideSolution')).toBe('true');
    expect(attr(app, 'SkipFeatureDeployment')).toBe('true');
  });

  it('requests exactly the Microsoft Graph permissions of package-solution.json', async () => {
    const app = await zip.file('AppManifest.xml')!.async('string');
    const requested = [...app.matchAll(/<WebApiPermissionRequest\s[^>]*>/g)].map(
      (m) => `${attr(m[0], 'ResourceId')}|${attr(m[0], 'Scope')}`,
    );
    const configured = (solution.webApiPermissionRequests as { resource: string; scope: string }[]).map((r) => `${r.resource}|${r.scope}`);
    expect(configured.length).toBeGreaterThan(0);
    expect(requested.sort()).toEqual(configured.sort());
    expect(requested).toContain('Microsoft Graph|User.Read');
  });

  const sources = sourceManifests();

  it('the source tree has web parts', () => {
    expect(sources.map((s) => s.manifest.alias)).toEqual(
      expect.arrayContaining(['OverviewWebPart', 'PortalSetupWebPart', 'MeetingWebPart']),
    );
  });

  it.each(sources.map((s) => [s.file, s.manifest] as const))('holds the web part of %s with its bundle', (file, source) => {
    const manifest = packaged.get(source.id);
    if (!manifest) throw new Error(`web part ${source.alias} (${source.id}, ${file}) is not in the package`);
    expect(manifest.alias).toBe(source.alias);
    expect(manifest.componentType).toBe('WebPart');
    const loader = manifest.loaderConfig!;
    const entry = loader.scriptResources[loader.entryModuleId];
    expect(entry).toMatchObject({ type: 'path' });
    const paths = Object.values(loader.scriptResources)
      .filter((r) => r.type === 'path')
      .map((r) => r.path!);
    for (const p of paths) {
      const asset = files.find((f) => f === `ClientSideAssets/${p}`);
      if (!asset) throw new Error(`bundle ${p} of ${source.alias} is not in ClientSideAssets/ of the package`);
    }
  });

  it("names every web part in the solution's description, in Swedish and English", () => {
    const long = solution.metadata.longDescription as Record<string, string>;
    for (const { manifest } of sources) {
      const title = (manifest as unknown as { preconfiguredEntries: { title: Record<string, string> }[] }).preconfiguredEntries[0].title;
      expect(long['sv-SE']).toContain(title['sv-SE']);
      expect(long['en-US']).toContain(title['en-US']);
    }
  });

  it('holds no web part that is not in the source tree', () => {
    expect([...packaged.keys()].sort()).toEqual(sources.map((s) => s.manifest.id).sort());
  });

  it('all web parts share one bundle, and every chunk its runtime can load is in the package', async () => {
    const bundles = new Set([...packaged.values()].map((m) => m.loaderConfig!.scriptResources[m.loaderConfig!.entryModuleId].path));
    expect(bundles.size).toBe(1);
    const bundle = await zip.file(`ClientSideAssets/${[...bundles][0]}`)!.async('string');
    // webpack's runtime: "chunk." + ({id: name}[id] || id) + "_" + {id: hash}[id] + ".js"
    const map = /"chunk\."\+\((\{[^}]*\})\[\w+\]\|\|\w+\)\+"_"\+(\{[^}]*\})\[\w+\]\+"\.js"/.exec(bundle);
    if (!map) throw new Error('the bundle has no chunk map');
    const names = Function(`return (${map[1]});`)() as Record<string, string>;
    const hashes = Function(`return (${map[2]});`)() as Record<string, string>;
    const chunkFiles = Object.keys(hashes).map((id) => `ClientSideAssets/chunk.${names[id] ?? id}_${hashes[id]}.js`);
    // each web part's view is a chunk of its own
    expect(Object.values(names)).toEqual(
      expect.arrayContaining(['overview-view', 'calendar-view', 'mailbox-view', 'directory-view', 'meeting-view', 'portal-setup-view']),
    );
    for (const f of chunkFiles) if (!files.includes(f)) throw new Error(`${f} is loaded by the bundle but missing from the package`);
  });

  it('every bundle asset is non-empty JavaScript', async () => {
    const js = files.filter((f) => f.startsWith('ClientSideAssets/') && f.endsWith('.js'));
    expect(js.length).toBeGreaterThanOrEqual(sources.length);
    for (const f of js) {
      const text = await zip.file(f)!.async('string');
      expect(text.length).toBeGreaterThan(1000);
    }
  });

  describe('the Teams meeting app (teams/, zipped by `npm run package`)', () => {
    const teamsDir = path.join(root, 'teams');
    const teamsManifest = JSON.parse(fs.readFileSync(path.join(teamsDir, 'manifest.json'), 'utf8'));
    let app: JSZip;

    beforeAll(async () => {
      // package-solution copies everything in teams/ into ClientSideAssets/; Sync to Teams looks for this zip
      const entry = zip.file('ClientSideAssets/TeamsSPFxApp.zip');
      if (!entry) throw new Error(`the package has no ClientSideAssets/TeamsSPFxApp.zip (files: ${files.join(', ')})`);
      app = await JSZip.loadAsync(await entry.async('nodebuffer'));
    });

    it('its zip holds teams/manifest.json as it is in the source tree', async () => {
      const packaged = app.file('manifest.json');
      if (!packaged) throw new Error(`TeamsSPFxApp.zip has no manifest.json at its root (has ${Object.keys(app.files).join(', ')})`);
      expect(JSON.parse(await packaged.async('string'))).toEqual(teamsManifest);
    });

    it('its zip holds the icons and localization files the manifest names, at its root, byte for byte', async () => {
      const named = [
        teamsManifest.icons.color,
        teamsManifest.icons.outline,
        ...((teamsManifest.localizationInfo?.additionalLanguages ?? []) as { file: string }[]).map((l) => l.file),
      ];
      expect(named).toEqual(expect.arrayContaining(['color.png', 'outline.png']));
      for (const f of named) {
        const packaged = app.file(f);
        if (!packaged) throw new Error(`TeamsSPFxApp.zip has no ${f} at its root`);
        expect(Buffer.compare(await packaged.async('nodebuffer'), fs.readFileSync(path.join(teamsDir, f)))).toBe(0);
      }
      // nothing in a subfolder: a zipped folder is not a valid Teams app package
      expect(Object.keys(app.files).filter((f) => f.includes('/'))).toEqual([]);
    });

    it('its tab shows a web part of this package that may be hosted in a Teams meeting', () => {
      const ids = [...JSON.stringify(teamsManifest).matchAll(/componentId=([0-9a-f-]+)/gi)].map((m) => m[1]);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const webPart = packaged.get(id);
        if (!webPart) throw new Error(`the Teams tab shows component ${id}, which is not a web part in the package`);
        expect(webPart.supportedHosts).toContain('TeamsMeetingApp');
      }
    });
  });

  describe('web part manifests validate against the SPFx schema', () => {
    const validate = webPartValidator();
    const explain = () => JSON.stringify(validate.errors, null, 2);

    it.each(sources.map((s) => [s.file, s.manifest] as const))('source %s', (_file, manifest) => {
      const ok = validate(manifest);
      if (!ok) throw new Error(explain());
    });

    it('packaged manifests', () => {
      expect(packaged.size).toBeGreaterThan(0);
      for (const manifest of packaged.values()) {
        const ok = validate(manifest);
        if (!ok) throw new Error(`${manifest.alias}: ${explain()}`);
      }
    });

    it('rejects manifests that break the schema (the validator is real)', () => {
      const good = sources[0].manifest;
      const entry = (good.preconfiguredEntries as Record<string, unknown>[])[0];
      expect(validate({ ...good, preconfiguredEntries: [{ ...entry, title: 'not a localized object' }] })).toBe(false);
      expect(validate({ ...good, supportedHosts: ['NoSuchHost'] })).toBe(false);
      expect(validate({ ...good, id: 'not-a-guid' })).toBe(false);
    });
  });
});
