import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { ServicesWith } from '../../data/compose';
import { ErrorMessage } from '../common/ErrorMessage';
import { classes } from '../common/styles';
import { type Language, stringsFor, commonStrings } from '../strings';
import type { CalendarStrings } from '../strings/calendar';
import { downloadText } from './download';
import { calendarClasses as c } from './styles';

export interface SubscribePanelProps {
  isOpen: boolean;
  bodies: { id: number; name: string }[];
  services: ServicesWith<'calendar'>;
  language: Language;
  g: CalendarStrings;
  onDismiss(): void;
}

/** Each body's meeting plan as an .ics download, and how to add it to a calendar app. */
export function SubscribePanel({ isOpen, bodies, services, language, g, onDismiss }: SubscribePanelProps): JSX.Element {
  const t = g.subscribe;
  const [busy, setBusy] = React.useState<number | null>(null);
  const [error, setError] = React.useState<unknown>(null);
  const download = async (bodyId: number): Promise<void> => {
    setBusy(bodyId);
    setError(null);
    try {
      const file = await services.calendar.meetingPlan(bodyId);
      downloadText(file.fileName, file.content, 'text/calendar;charset=utf-8');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Panel
      isOpen={isOpen}
      type={PanelType.medium}
      headerText={t.heading}
      closeButtonAriaLabel={g.details.close}
      onDismiss={onDismiss}
      isLightDismiss
    >
      <p className={classes.paragraph}>{t.intro}</p>
      {error !== null && <ErrorMessage error={error} strings={stringsFor(commonStrings, language)} />}
      {bodies.length === 0 && <p className={classes.paragraph}>{t.noBodies}</p>}
      <div className={c.actions}>
        {bodies.map((b) => (
          <DefaultButton
            key={b.id}
            onClick={() => void download(b.id)}
            disabled={busy !== null}
            text={busy === b.id ? t.downloading : t.download(b.name)}
          />
        ))}
      </div>
      <h3 className={classes.subheading}>{t.howHeading}</h3>
      <ul>
        {t.how.map((line) => (
          <li key={line} className={classes.paragraph}>
            {line}
          </li>
        ))}
      </ul>
      <p className={classes.paragraph}>{t.liveNote}</p>
    </Panel>
  );
}
