import * as React from 'react';
import { css } from '@fluentui/react/lib/Utilities';
import type { CalendarEntry } from '../../domain/calendar/calendar';
import type { Language } from '../strings';
import type { CalendarStrings } from '../strings/calendar';
import { entryLabel, entryTime } from './entryText';
import { calendarClasses as c } from './styles';

export interface EntryButtonProps {
  entry: CalendarEntry;
  day: string | null;
  language: Language;
  g: CalendarStrings;
  onOpen(entry: CalendarEntry): void;
  tabIndex?: number;
  style?: React.CSSProperties;
  className?: string;
  showTime?: boolean;
}

/** One entry in any view: a button that opens its details; colour by source, struck through when cancelled. */
export function EntryButton({
  entry,
  day,
  language,
  g,
  onOpen,
  tabIndex,
  style,
  className,
  showTime = true,
}: EntryButtonProps): JSX.Element {
  return (
    <button
      type="button"
      className={css(
        c.entryButton,
        entry.source === 'meeting' && c.meeting,
        entry.source === 'group' && c.group,
        entry.cancelled && c.cancelled,
        className,
      )}
      style={style}
      tabIndex={tabIndex}
      aria-label={entryLabel(entry, day, language, g)}
      onClick={() => onOpen(entry)}
      onKeyDown={(ev) => ev.stopPropagation()}
    >
      {showTime && !entry.allDay ? `${entryTime(entry, day, language, g)} ` : ''}
      {entry.title}
    </button>
  );
}
