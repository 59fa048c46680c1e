/** Types of tools/bundle-size.mjs for the bench (test/bench/run.ts). */
export interface BundleSize {
  alias: string;
  file?: string;
  raw: number;
  gz: number;
  over?: boolean;
  error?: string;
}
export function measureBundles(): BundleSize[] | undefined;
