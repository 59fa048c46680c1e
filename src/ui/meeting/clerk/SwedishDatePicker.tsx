import * as React from 'react';
import { DatePicker, type IDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import { DayOfWeek } from '@fluentui/react/lib/DateTimeUtilities';
import { type Language, stringsFor } from '../../strings';
import { dateOf, dayOf, isoDay, parseIsoDay } from '../stockholmTime';
import { meetingStrings } from '../../strings/meeting';

export interface SwedishDatePickerProps {
  label: string;
  value: Date | undefined;
  onChange(date: Date | undefined): void;
  language: Language;
  required?: boolean;
  errorMessage?: string;
}

/** Fluent's DatePicker with the UI language's names, weeks starting on Monday, and ISO dates (Swedish usage). */
export function SwedishDatePicker({ label, value, onChange, language, required, errorMessage }: SwedishDatePickerProps): JSX.Element {
  const t = stringsFor(meetingStrings, language).datePicker;
  const strings = React.useMemo<IDatePickerStrings>(
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
      invalidInputErrorMessage: t.invalidInput,
      isRequiredErrorMessage: t.required,
    }),
    [t],
  );
  return (
    <div>
      <DatePicker
        label={label}
        value={value}
        onSelectDate={(d) => onChange(d ?? undefined)}
        strings={strings}
        firstDayOfWeek={DayOfWeek.Monday}
        formatDate={(d) => (d ? isoDay(dayOf(d)) : '')}
        parseDateFromString={(text) => {
          const day = parseIsoDay(text);
          return day ? dateOf(day) : null;
        }}
        placeholder={t.placeholder}
        allowTextInput
        isRequired={required}
        showGoToToday
        textField={{ errorMessage }}
      />
    </div>
  );
}
