import * as React from 'react';
import { PrimaryButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import type { BodyPerson, BodySummary } from '../../../data/services';
import type { ServicesWith } from '../../../data/compose';
import { type Language, stringsFor, commonStrings } from '../../strings';
import { ErrorMessage } from '../../common/ErrorMessage';
import { textLimits } from '../../../data/schema/limits';
import { useMounted } from '../../common/useMounted';
import { isChanged, useUnsavedChanges } from '../../common/unsavedChanges';
import { swedishDate } from '../../../domain/time/swedishTime';
import { isoDay, parseIsoDay } from '../stockholmTime';
import { meetingCss as css } from '../styles';
import { isPastDay, validateDraft, type DraftErrors, type MeetingDraft } from './meetingDraft';
import { SwedishDatePicker } from './SwedishDatePicker';
import { meetingStrings } from '../../strings/meeting';

export interface MeetingFormProps {
  services: ServicesWith<'meeting' | 'clerk' | 'visits'>;
  language: Language;
  initial: MeetingDraft;
  /** Editing an existing meeting; creating one when left out. */
  meetingId?: number;
  onSaved(meetingId: number): void;
  onCancel?(): void;
}

const NO_CHAIR = -1;

/** Create or edit a meeting: body, title, Swedish date and times, place, remote, chair, co-signers, signing due. */
export function MeetingForm({ services, language, initial, meetingId, onSaved, onCancel }: MeetingFormProps): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(meetingStrings, language).clerk;
  const mounted = useMounted();
  const [draft, setDraft] = React.useState(initial);
  const [bodies, setBodies] = React.useState<BodySummary[]>([]);
  const [people, setPeople] = React.useState<BodyPerson[]>([]);
  const [errors, setErrors] = React.useState<DraftErrors>({});
  const [failure, setFailure] = React.useState<unknown>(null);
  const [saving, setSaving] = React.useState(false);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const release = useUnsavedChanges(isChanged(initial, draft));
  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  React.useEffect(() => {
    services.clerk.bodies().then(
      (b) => mounted.current && setBodies(b),
      (e: unknown) => mounted.current && setFailure(e),
    );
  }, [services, mounted]);

  // Chair and co-signers come from the body's assignees on the meeting's day.
  const typedDay = parseIsoDay(draft.date);
  const peopleDay = typedDay ? isoDay(typedDay) : null;
  const today = swedishDate(services.clock.now());
  React.useEffect(() => {
    if (draft.bodyId === null || peopleDay === null) return;
    services.clerk.peopleOf(draft.bodyId, peopleDay).then(
      (p) => mounted.current && setPeople(p),
      (e: unknown) => mounted.current && setFailure(e),
    );
  }, [services, draft.bodyId, peopleDay, mounted]);

  const body = bodies.find((b) => b.id === draft.bodyId);
  // each person with their role in the body: a substitute is not a member (DOMAIN §1)
  const personOptions: IDropdownOption[] = people.map((p) => ({ key: p.id, text: t.personOption(p.displayName, s.role[p.role]) }));

  const save = async () => {
    const { errors: found, input } = validateDraft(draft, body, stringsFor(meetingStrings, language), today, s, people);
    setErrors(found);
    setFailure(null);
    if (!input) {
      summaryRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const id = meetingId ?? (await services.clerk.createMeeting(input));
      if (meetingId !== undefined) await services.clerk.updateMeeting(meetingId, input);
      if (mounted.current) setSaving(false);
      release();
      onSaved(id);
    } catch (e) {
      if (mounted.current) {
        setSaving(false);
        setFailure(e);
      }
    }
  };

  const errorCount = Object.keys(errors).length;
  return (
    <form
      className={css.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div ref={summaryRef} tabIndex={-1} role="status" aria-live="polite">
        {errorCount > 0 && <MessageBar messageBarType={MessageBarType.error}>{t.invalid.summary(errorCount)}</MessageBar>}
      </div>
      <Dropdown
        label={t.body}
        placeholder={t.chooseBody}
        required
        disabled={meetingId !== undefined}
        selectedKey={draft.bodyId}
        options={bodies.map((b) => ({ key: b.id, text: b.name }))}
        onChange={(_, o) => {
          if (!o) return;
          const next = bodies.find((b) => b.id === o.key);
          setDraft((d) => ({
            ...d,
            bodyId: Number(o.key),
            location: d.location || next?.defaultLocation || '',
            chairId: null,
            coSignerIds: [],
          }));
        }}
        errorMessage={errors.bodyId}
      />
      <TextField
        label={t.title}
        required
        value={draft.title}
        onChange={(_, v) => set('title', v ?? '')}
        errorMessage={errors.title}
        maxLength={textLimits.meetingTitle}
      />
      <SwedishDatePicker
        label={t.date}
        required
        value={draft.date}
        // a new date needs its own confirmation if it has passed
        onChange={(d) => setDraft((x) => ({ ...x, date: d, pastConfirmed: false }))}
        language={language}
        errorMessage={errors.date}
      />
      {isPastDay(draft.date, today) && (
        <Checkbox label={t.confirmPast} checked={draft.pastConfirmed} onChange={(_, c) => set('pastConfirmed', !!c)} />
      )}
      <div className={css.row}>
        <TextField
          label={t.startTime}
          required
          description={t.timeHint}
          value={draft.startTime}
          onChange={(_, v) => set('startTime', v ?? '')}
          errorMessage={errors.startTime}
          inputMode="numeric"
        />
        <TextField
          label={t.endTime}
          required
          value={draft.endTime}
          onChange={(_, v) => set('endTime', v ?? '')}
          errorMessage={errors.endTime}
          inputMode="numeric"
        />
      </div>
      <TextField
        label={t.place}
        value={draft.location}
        onChange={(_, v) => set('location', v ?? '')}
        errorMessage={errors.location}
        maxLength={textLimits.meetingLocation}
      />
      <Checkbox label={t.remoteAllowed} checked={draft.remoteAllowed} onChange={(_, c) => set('remoteAllowed', !!c)} />
      <Dropdown
        label={t.chair}
        selectedKey={draft.chairId ?? NO_CHAIR}
        options={[{ key: NO_CHAIR, text: t.noChair }, ...personOptions]}
        onChange={(_, o) => o && set('chairId', o.key === NO_CHAIR ? null : Number(o.key))}
      />
      <Dropdown
        label={t.coSigners}
        multiSelect
        selectedKeys={draft.coSignerIds}
        options={personOptions}
        onChange={(_, o) =>
          o && set('coSignerIds', o.selected ? [...draft.coSignerIds, Number(o.key)] : draft.coSignerIds.filter((id) => id !== o.key))
        }
        errorMessage={errors.coSignerIds}
      />
      {body && <p>{t.coSignersHint(body.coSignerCount, body.coSignersMayBeSubstitutes)}</p>}
      <SwedishDatePicker
        label={t.signingDue}
        value={draft.signingDue}
        onChange={(d) => set('signingDue', d)}
        language={language}
        errorMessage={errors.signingDue}
      />
      {/* a refused save is said beside the button that made it */}
      <div role="status" aria-live="polite">
        {failure !== null && <ErrorMessage error={failure} strings={s} />}
      </div>
      <div className={css.row}>
        <PrimaryButton type="submit" text={saving ? t.saving : meetingId === undefined ? t.create : t.save} disabled={saving} />
        {onCancel && <DefaultButton text={t.cancelEdit} onClick={onCancel} disabled={saving} />}
      </div>
    </form>
  );
}
