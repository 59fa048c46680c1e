import * as React from 'react';
import type { LivePicture } from '../../../domain/live/picture';
import { speakingTime } from '../../../domain/live/speakingTime';
import type { LiveConsoleStrings } from '../../strings/liveConsole';
import { clock } from '../format';
import type { People } from '../people';
import { useLiveClasses } from '../styles';

/** Speaking time per party and per speaker, replies and answers included, for this item and the meeting. */
export function SpeakingTime({
  picture,
  people,
  now,
  c,
}: {
  picture: LivePicture;
  people: People;
  now: number;
  c: LiveConsoleStrings;
}): JSX.Element {
  const css = useLiveClasses();
  // the running speech counts up to now: recomputed each second, from the same rule as the minutes
  const second = Math.floor(now / 1000);
  const time = React.useMemo(() => speakingTime(picture.lists, picture.partyOf, new Date(second * 1000).toISOString()), [picture, second]);
  const item = picture.current ? time.byItem.get(picture.current.itemId) : undefined;
  const byParty = [...time.byParty.entries()].sort((a, b) => b[1].seconds - a[1].seconds);
  const byPerson = [...time.byPerson.entries()].sort((a, b) => b[1].seconds - a[1].seconds);
  const table = (rows: [string, { seconds: number; speeches: number; replies: number; answers: number }][], caption: string) => (
    <table className={css.table}>
      <caption className={css.meta} style={{ textAlign: 'left' }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">{c.timeColumns.who}</th>
          <th scope="col" className="num">
            {c.timeColumns.time}
          </th>
          <th scope="col" className="num">
            {c.timeColumns.speeches}
          </th>
          <th scope="col" className="num">
            {c.timeColumns.replies}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([who, v]) => (
          <tr key={who}>
            <th scope="row">{who}</th>
            <td className="num">{clock(v.seconds)}</td>
            <td className="num">{v.speeches}</td>
            <td className="num">{v.replies + v.answers}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className={css.card} aria-labelledby="live-time-heading">
      <h2 id="live-time-heading" className={css.heading}>
        {c.timeHeading}
      </h2>
      <p className={css.meta}>{c.timeTotalItem(clock(item?.seconds ?? 0))}</p>
      <p className={css.meta}>{c.timeTotalMeeting(clock(time.meeting.seconds))}</p>
      {byParty.length > 0 && table(byParty, c.timeByParty)}
      {byPerson.length > 0 &&
        table(
          byPerson.map(([id, v]) => [people.label(id), v]),
          c.timeByPerson,
        )}
    </section>
  );
}
