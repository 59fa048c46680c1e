import type { CalendarEntry } from '../../../src/domain/calendar/calendar';
import type { CalendarRepository, DirectoryRepository, MailRepository } from '../../../src/data/graph/types';
import type { Services } from '../../../src/data/services';
import { fakeServices } from '../support/fakes';

/** The shared fake services plus the Graph-backed repositories; anything not overridden fails loudly. */
export function graphServices(over: {
  locale?: string;
  calendar?: Partial<CalendarRepository>;
  mail?: Partial<MailRepository>;
  directory?: Partial<DirectoryRepository>;
}): Services {
  const unexpected = (name: string) => () => Promise.reject(new Error(`unexpected call: ${name}`));
  const base = fakeServices({ locale: over.locale }) as Services;
  return {
    ...base,
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
    calendar: {
      load: unexpected('calendar.load'),
      availableGroups: unexpected('calendar.availableGroups'),
      meetingPlan: unexpected('calendar.meetingPlan'),
      ...over.calendar,
    },
    mail: { mailboxes: unexpected('mail.mailboxes'), markRead: unexpected('mail.markRead'), ...over.mail },
    directory: {
      current: unexpected('directory.current'),
      contacts: unexpected('directory.contacts'),
      photos: unexpected('directory.photos'),
      history: unexpected('directory.history'),
      ...over.directory,
    },
  };
}

export function entry(over: Partial<CalendarEntry> & Pick<CalendarEntry, 'key' | 'title' | 'start'>): CalendarEntry {
  return {
    source: 'own',
    allDay: false,
    end: null,
    location: '',
    calendarName: null,
    iCalUId: null,
    eventId: null,
    webLink: null,
    joinUrl: null,
    meetingId: null,
    cancelled: false,
    ...over,
  };
}
