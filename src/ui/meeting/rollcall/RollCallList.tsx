import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { AttendanceEvent } from '../../../domain/meetings/types';
import type { SeatAssignment } from '../../../domain/bodies/types';
import type { MeetingDetails } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor } from '../../strings';
import { meetingCss as css } from '../styles';
import { meetingStrings } from '../../strings/meeting';

type Kind = 'Present' | 'PresentRemote' | 'Absent';

export interface RollCallListProps {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  details: MeetingDetails;
  language: Language;
  people: SeatAssignment[];
  caption: string;
  /** Members are listed by seat, substitutes by their substitute order. */
  numbering: 'seat' | 'substituteOrder';
  latest: Map<number, AttendanceEvent>;
  busy: boolean;
  record(person: SeatAssignment, kind: Kind): void;
}

/** One row per person in roll-call order, with what is recorded and a button per answer. */
export function RollCallList({ details, language, people, caption, numbering, latest, busy, record }: RollCallListProps): JSX.Element {
  const t = stringsFor(meetingStrings, language).rollCall;
  const itemNumber = (id: number | null) => details.items.find((i) => i.id === id)?.number ?? 0;
  const recorded = (e: AttendanceEvent | undefined): string => {
    if (!e) return t.notRecorded;
    if (e.kind === 'Present') return t.present;
    if (e.kind === 'PresentRemote') return t.remote;
    if (e.kind === 'Absent') return t.absent;
    return e.kind === 'Arrival' ? t.arrived(itemNumber(e.fromItemId)) : t.departed(itemNumber(e.fromItemId));
  };
  const kinds: { kind: Kind; label: string }[] = [
    { kind: 'Present', label: t.present },
    ...(details.remoteAllowed ? [{ kind: 'PresentRemote' as const, label: t.remote }] : []),
    { kind: 'Absent', label: t.absent },
  ];
  return (
    <table className={`${css.table} ${css.stackedTable}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{numbering === 'seat' ? t.seat : t.substituteOrder}</th>
          <th scope="col">{t.person}</th>
          <th scope="col">{t.recorded}</th>
          <th scope="col">{t.actions}</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => {
          const current = latest.get(p.personId);
          return (
            <tr key={p.personId}>
              <td>{(numbering === 'seat' ? p.seatNumber : p.substituteOrder) ?? ''}</td>
              <th scope="row">
                {p.name} ({p.party})
              </th>
              <td>{recorded(current)}</td>
              <td>
                <div className={css.row}>
                  {kinds.map(({ kind, label }) => {
                    const Button = current?.kind === kind && current.fromItemId === null ? PrimaryButton : DefaultButton;
                    return (
                      <Button
                        key={kind}
                        text={label}
                        ariaLabel={t.buttonLabel(label, p.name)}
                        aria-pressed={current?.kind === kind}
                        disabled={busy}
                        onClick={() => record(p, kind)}
                      />
                    );
                  })}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
