import * as React from 'react';
import { type Language, stringsFor } from '../../strings';
import type { ItemSeats } from '../../../domain/meetings/seats';
import { meetingCss as css } from '../styles';
import { meetingStrings } from '../../strings/meeting';

/** Who holds each seat on the item, in what capacity, and whether remotely. */
export function SeatTableView({ seats, language }: { seats: ItemSeats; language: Language }): JSX.Element {
  const s = stringsFor(meetingStrings, language);
  const t = s.rollCall;
  return (
    <table className={css.table}>
      <caption>{t.quorumFor(seats.itemNumber)}</caption>
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
  );
}
