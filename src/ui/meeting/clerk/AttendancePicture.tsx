import * as React from 'react';
import type { Answer } from '../../../domain/meetings/absence';
import type { MeetingDetails } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor, commonStrings } from '../../strings';
import { type MeetingStrings, meetingStrings } from '../../strings/meeting';
import { classes } from '../../common/styles';
import { itemsText } from '../participation/participationState';
import { meetingCss as css } from '../styles';

function answerCell(answer: Answer | undefined, m: MeetingStrings): string {
  const t = m.picture;
  if (!answer || answer.kind === 'noAnswer') return t.noAnswer;
  if (answer.kind === 'willAttend') return t.willAttend;
  return answer.items === 'all' ? t.absentAll : t.absentItems(itemsText(answer.items, m));
}

/**
 * Before the meeting: per seat the member's answer and the substitute the body's order calls in
 * (from the planned seat table), the counts, and who has not answered yet.
 */
export function AttendancePicture({
  services,
  details,
  language,
  idPrefix,
}: {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  details: MeetingDetails;
  language: Language;
  idPrefix: string;
}): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).picture;
  const answers = React.useMemo(() => services.meeting.answers(details), [services, details]);
  const planned = React.useMemo(() => services.meeting.seatTable(details, 'planned'), [services, details]);
  const byPerson = new Map(answers.map((a) => [a.person.personId, a.answer]));
  const first = planned[0];
  // Per seat, every substitute called in on some item (a notice may cover only some items).
  const substitutesOf = (seatNumber: number) =>
    [
      ...new Set(
        planned.flatMap((it) =>
          it.seats.filter((x) => x.seatNumber === seatNumber && x.capacity === 'ServingSubstitute').map((x) => x.holderName ?? ''),
        ),
      ),
    ].filter(Boolean);
  const count = (kind: Answer['kind']) => answers.filter((a) => a.answer.kind === kind).length;
  const notAnswered = answers.filter((a) => a.answer.kind === 'noAnswer');
  const seats = first?.seats ?? [];
  return (
    <section aria-labelledby={`${idPrefix}-picture`} className={css.panel}>
      <h4 id={`${idPrefix}-picture`} className={classes.subheading}>
        {t.heading}
      </h4>
      <p className={classes.paragraph}>{t.summary(count('willAttend'), count('absent'), count('noAnswer'))}</p>
      {first && <p className={classes.paragraph}>{t.plannedQuorum(first.quorum.held, first.quorum.seats)}</p>}
      {seats.length > 0 && (
        <table className={css.table}>
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.seat}</th>
              <th scope="col">{t.member}</th>
              <th scope="col">{t.party}</th>
              <th scope="col">{t.answer}</th>
              <th scope="col">{t.substitute}</th>
            </tr>
          </thead>
          <tbody>
            {seats.map((seat) => (
              <tr key={seat.seatNumber}>
                <td>{seat.seatNumber}</td>
                <th scope="row">{seat.memberName}</th>
                <td>{seat.party}</td>
                <td>
                  {answerCell(seat.memberId === null ? undefined : byPerson.get(seat.memberId), stringsFor(meetingStrings, language))}
                </td>
                <td>{substitutesOf(seat.seatNumber).join(', ') || t.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h5 className={classes.subheading}>{t.notAnsweredHeading}</h5>
      {notAnswered.length === 0 ? (
        <p className={classes.paragraph}>{t.everyoneAnswered}</p>
      ) : (
        <ul>
          {notAnswered.map((a) => (
            <li key={a.person.personId}>{t.personWithRole(a.person.name, s.role[a.person.role], a.person.party)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
