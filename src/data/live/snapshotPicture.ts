import { withStateFloor } from '../../domain/live/floorHint';
import { livePicture, type LivePicture } from '../../domain/live/picture';
import type { LiveSnapshot } from './reads';

/** The live picture of what a client holds: the domain's derivation from the events, with the floor as the live state says until its events are read. */
export function snapshotPicture(s: LiveSnapshot): LivePicture {
  const picture = livePicture({
    rules: s.meeting.rules,
    debate: s.debate,
    assignments: s.meeting.seatAssignments,
    items: s.meeting.items,
    attendance: s.meeting.attendance,
    conflicts: s.meeting.conflicts,
    meetingStart: s.meeting.start,
    remoteAllowed: s.meeting.remoteAllowed,
    staff: s.staff,
    speakers: s.speakers,
    proposals: s.proposals,
    currentItemId: s.state?.currentItemId ?? null,
  });
  // the chair's change of the floor shows from the live state at once, before its event is read
  const current = picture.current;
  return current && s.state && s.state.currentItemId === current.itemId
    ? { ...picture, current: { ...current, speakers: withStateFloor(current.speakers, s.state.currentSpeakerId, s.state.modified) } }
    : picture;
}
