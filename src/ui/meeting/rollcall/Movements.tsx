import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { SeatAssignment } from '../../../domain/bodies/types';
import type { MeetingDetails } from '../../../data/services';
import { type Language, stringsFor } from '../../strings';
import { classes } from '../../common/styles';
import { meetingCss as css } from '../styles';
import { meetingStrings } from '../../strings/meeting';

export interface MovementsProps {
  details: MeetingDetails;
  language: Language;
  people: SeatAssignment[];
  busy: boolean;
  record(person: SeatAssignment, kind: 'Arrival' | 'Departure', fromItemId: number): void;
  /** Whether the body's rules would refuse this arrival (asked before saving). */
  arrivalRefused(person: SeatAssignment, fromItemId: number): boolean;
  idPrefix: string;
}

/** Arrivals and departures between items: changes apply from the chosen item (DOMAIN §2). */
export function Movements({ details, language, people, busy, record, arrivalRefused, idPrefix }: MovementsProps): JSX.Element {
  const t = stringsFor(meetingStrings, language).rollCall;
  const [personId, setPersonId] = React.useState<number | null>(null);
  const [kind, setKind] = React.useState<'Arrival' | 'Departure'>('Arrival');
  const [itemId, setItemId] = React.useState<number | null>(null);
  const [errors, setErrors] = React.useState<{ person?: string; item?: string }>({});
  const items = [...details.items].sort((a, b) => a.number - b.number);
  const chosen = people.find((p) => p.personId === personId);
  const from = items.find((i) => i.id === itemId);
  // said when the change is picked, not only after the save
  const refusal =
    kind === 'Arrival' && chosen && from && arrivalRefused(chosen, from.id) ? t.arrivalRefused(chosen.name, from.number) : null;
  const refusalId = `${idPrefix}-movement-refused`;
  return (
    <section aria-labelledby={`${idPrefix}-movements`} className={css.panel}>
      <h3 id={`${idPrefix}-movements`} className={classes.subheading}>
        {t.movementHeading}
      </h3>
      <div className={css.form}>
        <Dropdown
          label={t.movementPerson}
          required
          selectedKey={personId}
          options={people.map((p) => ({ key: p.personId, text: `${p.name} (${p.party})` }))}
          onChange={(_, o) => o && setPersonId(Number(o.key))}
          errorMessage={errors.person}
        />
        <ChoiceGroup
          label={t.movementKind}
          selectedKey={kind}
          options={[
            { key: 'Arrival', text: t.arrival },
            { key: 'Departure', text: t.departure },
          ]}
          onChange={(_, o) => o && setKind(o.key as 'Arrival' | 'Departure')}
        />
        <Dropdown
          label={t.fromItem}
          required
          selectedKey={itemId}
          options={items.map((i) => ({ key: i.id, text: t.itemOption(i.number, i.title) }))}
          onChange={(_, o) => o && setItemId(Number(o.key))}
          errorMessage={errors.item}
        />
        {refusal && (
          // the id lands on the text's span, which exists at once (the text itself is rendered a tick later, to be announced)
          <MessageBar id={refusalId} messageBarType={MessageBarType.warning} isMultiline>
            {refusal}
          </MessageBar>
        )}
        <div className={css.row}>
          <PrimaryButton
            text={t.record}
            disabled={busy}
            aria-describedby={refusal ? refusalId : undefined}
            onClick={() => {
              const person = people.find((p) => p.personId === personId);
              const next = { person: person ? undefined : t.choosePerson, item: itemId === null ? t.chooseItem : undefined };
              setErrors(next);
              if (person && itemId !== null) record(person, kind, itemId);
            }}
          />
        </div>
      </div>
    </section>
  );
}
