export const PAGE_LIMIT_KB: number;
export const HUB_LIMIT_KB: number;
export const HUB_PAGE: string[];
export interface PageWeight {
  files: string[];
  gz: number;
}
export function measurePages():
  { bundle: { file: string; gz: number }; single: (PageWeight & { alias: string })[]; hub: PageWeight & { aliases: string[] } } | undefined;
