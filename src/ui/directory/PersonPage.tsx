import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { DirectoryAssignment, DirectoryPerson } from '../../data/graph/types';
import type { ServicesWith } from '../../data/compose';
import { ErrorMessage } from '../common/ErrorMessage';
import { classes } from '../common/styles';
import { useMounted } from '../common/useMounted';
import { type Language, stringsFor, commonStrings } from '../strings';
import type { DirectoryStrings } from '../strings/directory';
import { directoryClasses as c } from './styles';
import { assignmentText } from './text';

export interface PersonPageProps {
  person: DirectoryPerson;
  services: ServicesWith<'directory'>;
  language: Language;
  g: DirectoryStrings;
  onBack(): void;
}

/** A person's page: current assignments and, read on demand, the past ones. */
export function PersonPage({ person, services, language, g, onBack }: PersonPageProps): JSX.Element {
  const t = g;
  const mounted = useMounted();
  const [history, setHistory] = React.useState<DirectoryAssignment[] | null>(null);
  const [error, setError] = React.useState<unknown>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), []);
  React.useEffect(() => {
    services.directory.history(person.id).then(
      (h) => mounted.current && setHistory(h),
      (e: unknown) => mounted.current && setError(e),
    );
  }, [services, person.id, mounted]);
  const today = services.clock.now().toISOString().slice(0, 10);
  const past = (history ?? []).filter((a) => a.validTo !== null && a.validTo < today);
  const line = (a: DirectoryAssignment): string => `${assignmentText(a, language)} (${a.party}), ${t.period(a.validFrom, a.validTo)}`;
  return (
    <div>
      <DefaultButton text={t.back} onClick={onBack} />
      <h3 ref={heading} tabIndex={-1} className={classes.subheading}>
        {person.name}
      </h3>
      <h4 className={classes.subheading}>{t.current}</h4>
      <ul className={c.history}>
        {person.assignments.map((a) => (
          <li key={`${a.bodyId}-${a.role}-${a.validFrom}`}>{line(a)}</li>
        ))}
      </ul>
      <h4 className={classes.subheading}>{t.past}</h4>
      {error !== null && <ErrorMessage error={error} strings={stringsFor(commonStrings, language)} />}
      {history === null && error === null && <Spinner size={SpinnerSize.small} />}
      {history !== null && (
        <ul className={c.history}>
          {past.map((a) => (
            <li key={`${a.bodyId}-${a.role}-${a.validFrom}`}>{line(a)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
