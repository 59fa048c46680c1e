import { composeServices, type BuildParts } from './compose';
import { calendarFeature } from './graph/calendar';
import { directoryFeature } from './graph/directory';
import { mailFeature } from './graph/mail';
import { provisioningFeature } from './provisioning';
import { clerkFeature } from './repositories/clerkRepository';
import { meetingFeature } from './repositories/meetingRepository';
import { meetingsFeature } from './repositories/myMeetingsRepository';
import type { Services } from './services';
import { visitsFeature } from './visits';
import { liveFeature } from './live';
import { minutesFeature } from './minutes';
import { compensationFeature } from './compensation';

/** Every feature: the standalone host shows all views on one page, so it builds them all. */
export const allFeatures = {
  meetings: meetingsFeature,
  meeting: meetingFeature,
  clerk: clerkFeature,
  visits: visitsFeature,
  provisioning: provisioningFeature,
  calendar: calendarFeature,
  mail: mailFeature,
  directory: directoryFeature,
  live: liveFeature,
  minutes: minutesFeature,
  compensation: compensationFeature,
};

export function createServices(parts: BuildParts): Services {
  return composeServices(parts, allFeatures);
}
