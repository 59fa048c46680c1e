import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import { type Language, stringsFor } from '../../strings';
import type { ItemSeats } from '../../../domain/meetings/seats';
import { meetingCss as css } from '../styles';
import { meetingStrings } from '../../strings/meeting';

/** Who holds each seat on the item, in what capacity, and whether remotely. */
export function SeatTableView({ seats, language }: { seats: ItemSeats; language: Language }): JSX.Element {
  const s = stringsFor(meetingStrings, language);
  const t = s.rollCall;
  const [captionId] = React.useState(() => getId('seat-table'));
  // five columns do not fit a narrow window, and stacked rows would lose their headers: the table
  // scrolls sideways in a region of its own, reachable by keyboard (WCAG 1.4.10's exception for data tables)
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls must take focus to scroll by keyboard
    <div className={css.tableScroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={css.table}>
        <caption id={captionId}>{t.quorumFor(seats.itemNumber)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.seat}</th>
            <th scope="col">{s.picture.member}</th>
            <th scope="col">{t.holder}</th>
            <th scope="col">{t.capacity}</th>
            <th scope="col">{t.remoteColumn}</th>
          </tr>
        </thead>
        <tbody>
          {seats.seats.map((seat) => (
            <tr key={seat.seatNumber}>
              <td>{seat.seatNumber}</td>
              <th scope="row">
                {seat.memberName} ({seat.party}){seat.memberOut && `, ${t.memberOut[seat.memberOut]}`}
              </th>
              <td>{seat.holderName ?? s.picture.none}</td>
              <td>{s.capacity[seat.capacity]}</td>
              <td>{seat.capacity === 'Vacant' ? s.picture.none : seat.remote ? t.yes : t.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
