import type { CalendarEntry } from '../../domain/calendar/calendar';
import type { Holiday } from '../../domain/calendar/holidays';
import type { Language } from '../strings';
import type { CalendarStrings } from '../strings/calendar';

/** What every calendar view gets from the calendar. */
export interface ViewProps {
  days: string[];
  entries: CalendarEntry[];
  /** The day with keyboard focus (roving tabindex). */
  focused: string;
  today: string;
  /** The month a month view shows (its other days are dimmed). */
  month: string;
  holidays: Map<string, Holiday>;
  language: Language;
  g: CalendarStrings;
  labelledBy: string;
  onFocusDay(date: string): void;
  onOpenDay(date: string): void;
  onOpenEntry(entry: CalendarEntry): void;
}
