import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { getId } from '@fluentui/react/lib/Utilities';
import type { SeatAssignment } from '../../../domain/bodies/types';
import type { MeetingDetails } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor, commonStrings, intlOf } from '../../strings';
import { LoadFrame } from '../../common/LoadFrame';
import { classes } from '../../common/styles';
import { useLanguage } from '../../common/useLanguage';
import { ActionFeedback } from '../ActionFeedback';
import type { MeetingNav } from '../nav';
import { meetingCss as css } from '../styles';
import { trustFromStaff } from '../../../domain/bodies/trust';
import { returnRefused } from '../../../domain/meetings/seats';
import { useAction } from '../useAction';
import { useMeeting } from '../useMeeting';
import { ItemConflicts } from './ItemConflicts';
import { Movements } from './Movements';
import { QuorumBanner } from './QuorumBanner';
import { RollCallList } from './RollCallList';
import { latestRollCall, rollCallOrder, withPlannedArrival } from './rollCallState';
import { SeatTableView } from './SeatTableView';
import { meetingStrings } from '../../strings/meeting';

/** "Upprop": roll call, arrivals and departures, the seat table and quorum per item, jäv rulings. */
export function RollCallPage({
  services,
  meetingId,
  nav,
}: {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  meetingId: number;
  nav: MeetingNav;
}): JSX.Element {
  const language = useLanguage(services.locale);
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).rollCall;
  const { state, reload } = useMeeting(services, meetingId);
  const [idPrefix] = React.useState(() => getId('roll-call-'));
  return (
    <section className={classes.section} aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`} className={classes.heading}>
        {state.kind === 'loaded' ? `${t.heading}: ${state.data.title}` : t.heading}
      </h2>
      <LoadFrame state={state} strings={s} loading={t.loading} loaded={(d) => `${t.heading}: ${d.title}`} onRetry={() => void reload()}>
        {(details) => <RollCall services={services} details={details} language={language} reload={reload} idPrefix={idPrefix} />}
      </LoadFrame>
      <p>
        <Link href={nav.meeting(meetingId)}>{t.backToMeeting}</Link>
      </p>
    </section>
  );
}

function RollCall({
  services,
  details,
  language,
  reload,
  idPrefix,
}: {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  details: MeetingDetails;
  language: Language;
  reload(): Promise<void>;
  idPrefix: string;
}): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).rollCall;
  const action = useAction(reload);
  const trust = React.useMemo(() => trustFromStaff(details.staffIds), [details]);
  const table = React.useMemo(() => services.meeting.seatTable(details, 'rollCall'), [services, details]);
  const latest = React.useMemo(() => latestRollCall(details.attendance, trust), [details, trust]);
  const { members, substitutes } = React.useMemo(() => rollCallOrder(details.seatAssignments), [details]);
  const names = React.useMemo(() => new Map(details.seatAssignments.map((a) => [a.personId, a.name])), [details]);
  const nameOf = (id: number | null) => (id === null ? '' : (names.get(id) ?? String(id)));
  const [itemId, setItemId] = React.useState<number | null>(null);
  const seats = table.find((x) => x.itemId === itemId) ?? table[0];
  const busy = action.state.kind === 'busy';
  // the last person recorded: once stored, the seat table decides whether "registered" is the whole truth
  const [last, setLast] = React.useState<{ person: SeatAssignment; fromItemId: number | null } | null>(null);

  const record = (p: SeatAssignment, kind: 'Present' | 'PresentRemote' | 'Absent' | 'Arrival' | 'Departure', fromItemId: number | null) => {
    setLast(kind === 'Absent' || kind === 'Departure' ? null : { person: p, fromItemId });
    void action.run(() => services.meeting.recordAttendance(details.id, p.personId, kind, fromItemId), t.recordedMovement(p.name));
  };
  const refused = action.state.kind === 'done' && last !== null && returnRefused(table, last.person.personId, last.fromItemId);
  // the same rule before the save: the movement form warns as soon as the clerk picks such an arrival
  const arrivalRefused = (p: SeatAssignment, fromItemId: number): boolean => {
    const planned = withPlannedArrival(details, p.personId, fromItemId, services.user.siteUserId, services.clock.now());
    return returnRefused(services.meeting.seatTable(planned, 'rollCall'), p.personId, fromItemId);
  };
  const refusedFrom = refused ? (table.find((x) => x.itemId === last.fromItemId) ?? table[0]).itemNumber : 0;

  return (
    <>
      {seats ? (
        <QuorumBanner quorum={seats.quorum} itemNumber={seats.itemNumber} language={language} />
      ) : (
        <p className={classes.paragraph}>{t.noItems}</p>
      )}
      {!details.staffIds.includes(services.user.siteUserId) && <MessageBar messageBarType={MessageBarType.info}>{t.notStaff}</MessageBar>}
      <p className={classes.paragraph}>{t.intro}</p>
      <ActionFeedback state={action.state} strings={s} problem={refused ? t.recordedButRefused(last.person.name, refusedFrom) : null} />
      <RollCallList
        services={services}
        details={details}
        language={language}
        people={members}
        caption={t.tableCaption}
        numbering="seat"
        latest={latest}
        busy={busy}
        record={(p, k) => record(p, k, null)}
      />
      {substitutes.length > 0 && (
        <RollCallList
          services={services}
          details={details}
          language={language}
          people={substitutes}
          caption={t.substitutes}
          numbering="substituteOrder"
          latest={latest}
          busy={busy}
          record={(p, k) => record(p, k, null)}
        />
      )}
      {details.items.length > 0 && (
        <Movements
          details={details}
          language={language}
          people={[...members, ...substitutes]}
          busy={busy}
          record={(p, k, from) => record(p, k, from)}
          arrivalRefused={arrivalRefused}
          idPrefix={idPrefix}
        />
      )}
      {seats && (
        <section aria-labelledby={`${idPrefix}-seats`} className={css.panel}>
          <h3 id={`${idPrefix}-seats`} className={classes.subheading}>
            {t.seatTableHeading}
          </h3>
          <Dropdown
            label={t.item}
            selectedKey={seats.itemId}
            options={[...details.items]
              .sort((a, b) => a.number - b.number)
              .map((i) => ({ key: i.id, text: t.itemOption(i.number, i.title) }))}
            onChange={(_, o) => o && setItemId(Number(o.key))}
          />
          {seats.refusedReturns.length > 0 && (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline>
              <p className={classes.messageTitle}>{t.refusedReturns}</p>
              {seats.refusedReturns.map((id) => (
                <p key={id} className={classes.messageText}>
                  {t.refusedReturn(nameOf(id))}
                </p>
              ))}
            </MessageBar>
          )}
          {seats.nonServingPresent.length > 0 && (
            <p className={classes.paragraph}>{t.nonServing(intlOf(language).list(seats.nonServingPresent.map(nameOf)))}</p>
          )}
          <ItemConflicts
            details={details}
            seats={seats}
            language={language}
            trust={trust}
            nameOf={nameOf}
            busy={busy}
            rule={(personId, upheld) =>
              void action.run(() => services.meeting.ruleOnConflict(details.id, seats.itemId, personId, upheld), t.ruled)
            }
            idPrefix={idPrefix}
          />
          <SeatTableView seats={seats} language={language} />
        </section>
      )}
    </>
  );
}
