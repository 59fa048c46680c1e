// Old path, kept only for src/ui/strings (being changed on another branch): import from ./calendar/holidays. Delete once that branch has merged and moved its import.
export type { EveKey, HolidayKey } from './calendar/holidays';
