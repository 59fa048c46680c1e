import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Calendar, type ICalendarStrings } from '@fluentui/react/lib/Calendar';
import { Callout } from '@fluentui/react/lib/Callout';
import { DayOfWeek } from '@fluentui/react/lib/DateTimeUtilities';
import { TextField } from '@fluentui/react/lib/TextField';
import { type Language, stringsFor } from '../../strings';
import { meetingCss as css } from '../styles';
import { dateOf, dayOf, isoDay, parseIsoDay } from '../stockholmTime';
import { meetingStrings } from '../../strings/meeting';

export interface SwedishDatePickerProps {
  label: string;
  /** The date as typed ("2026-12-01"); the form reads and checks it, so what was typed stays visible. */
  value: string;
  onChange(text: string): void;
  language: Language;
  required?: boolean;
  errorMessage?: string;
}

/**
 * A text field for an ISO date (Swedish usage) with Fluent's calendar beside it, weeks starting on
 * Monday. Unlike Fluent's DatePicker it never replaces what was typed: an impossible date such as
 * 2027-02-30 stays in the field with its error, instead of silently reverting to the last date.
 */
export function SwedishDatePicker({ label, value, onChange, language, required, errorMessage }: SwedishDatePickerProps): JSX.Element {
  const t = stringsFor(meetingStrings, language).datePicker;
  const [open, setOpen] = React.useState(false);
  const anchor = React.useRef<HTMLSpanElement>(null);
  const strings = React.useMemo<ICalendarStrings>(
    () => ({
      months: t.months,
      shortMonths: t.shortMonths,
      days: t.days,
      shortDays: t.shortDays,
      goToToday: t.goToToday,
      prevMonthAriaLabel: t.prevMonth,
      nextMonthAriaLabel: t.nextMonth,
      prevYearAriaLabel: t.prevYear,
      nextYearAriaLabel: t.nextYear,
      closeButtonAriaLabel: t.close,
    }),
    [t],
  );
  const day = parseIsoDay(value);
  return (
    <div className={css.row}>
      <TextField
        label={label}
        required={required}
        value={value}
        onChange={(_, v) => onChange(v ?? '')}
        placeholder={t.placeholder}
        description={t.format}
        errorMessage={errorMessage}
        autoComplete="off"
      />
      <span ref={anchor}>
        <DefaultButton text={t.open} ariaLabel={t.openFor(label)} aria-expanded={open} onClick={() => setOpen((o) => !o)} />
      </span>
      {open && (
        <Callout target={anchor} onDismiss={() => setOpen(false)} setInitialFocus role="dialog" ariaLabel={label}>
          <Calendar
            value={day ? dateOf(day) : undefined}
            onSelectDate={(d) => {
              onChange(isoDay(dayOf(d)));
              setOpen(false);
            }}
            onDismiss={() => setOpen(false)}
            strings={strings}
            firstDayOfWeek={DayOfWeek.Monday}
            showGoToToday
          />
        </Callout>
      )}
    </div>
  );
}
