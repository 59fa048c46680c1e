/**
 * The id of a Teams meeting's chat (`19:meeting_…@thread.v2`), read from its join link
 * (`https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…`). Inside a
 * Teams meeting the app knows only this id (TeamsJS `context.chat.id`), so the meeting app finds
 * the portal's meeting by it. Null when the link is not a Teams meeting link.
 */
export function teamsThreadId(joinUrl: string | null | undefined): string | null {
  if (!joinUrl) return null;
  const m = /\/l\/meetup-join\/([^/?#]+)/i.exec(joinUrl);
  if (!m) return null;
  let id: string;
  try {
    id = decodeURIComponent(m[1]);
  } catch {
    return null;
  }
  return /^19:[^\s/]+@thread\.(v2|skype|tacv2)$/i.test(id) ? id : null;
}
