// Old path, kept only for src/ui/strings (being changed on another branch): import from ./meetings/seats. Delete once that branch has merged and moved its import.
export type { Capacity } from './meetings/seats';
