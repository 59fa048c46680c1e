/**
 * Imported first by index.tsx, so it runs before any Fluent UI module: Fluent registers the
 * Segoe UI web fonts from Microsoft's CDN unless `FabricConfig.fontBaseUrl` is empty. The
 * host runs offline against the local tenant; the system font stack in index.html is used.
 */
const w = window as unknown as { FabricConfig?: Record<string, unknown> };
w.FabricConfig = { ...w.FabricConfig, fontBaseUrl: '' };

export {};
