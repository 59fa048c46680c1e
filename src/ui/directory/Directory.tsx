import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { getId } from '@fluentui/react/lib/Utilities';
import type { DirectoryContact, DirectoryPerson } from '../../data/graph/types';
import { toVCards } from '../../data/graph/vcard';
import type { ServicesWith } from '../../data/compose';
import { downloadText } from '../calendar/download';
import { classes } from '../common/styles';
import { useLanguage } from '../common/useLanguage';
import { useMounted } from '../common/useMounted';
import { useLoad } from '../common/useLoad';
import { useViewState, type ViewStateUrl } from '../common/viewState';
import { LoadFrame } from '../common/LoadFrame';
import { NativeSelect } from '../common/NativeSelect';
import { nameMatches } from './search';
import { directoryStrings } from '../strings/directory';
import { PersonPage } from './PersonPage';
import { PersonRow } from './PersonRow';
import { directoryClasses as c } from './styles';
import { assignmentText } from './text';
import { stringsFor, commonStrings } from '../strings';

/** People shown at first and per "show more"; their photos come in one Graph $batch. */
export const PAGE = 20;
const ALL = '';
/** The address's key for the person shown. */
const PERSON = 'person';

/**
 * "Förtroendevalda": everyone with a current assignment, with filters, search and vCard export.
 * `headingHidden`: the page already says "Förtroendevalda", so the view's heading is for screen readers only.
 */
export function Directory({
  services,
  headingHidden = false,
  viewState,
}: {
  services: ServicesWith<'directory'>;
  headingHidden?: boolean;
  /** Where the person shown is kept, so Back returns to the list and a link opens the person. */
  viewState?: ViewStateUrl;
}): JSX.Element {
  const language = useLanguage(services.locale);
  const g = stringsFor(directoryStrings, language);
  const t = g;
  const mounted = useMounted();
  const { state, reload } = useLoad(() => services.directory.current(), [services]);
  const [contacts, setContacts] = React.useState<Map<string, DirectoryContact>>(new Map());
  const [contactsFailed, setContactsFailed] = React.useState(false);
  const [photos, setPhotos] = React.useState<Map<string, string | null>>(new Map());
  const [query, setQuery] = React.useState('');
  const [body, setBody] = React.useState(ALL);
  const [party, setParty] = React.useState(ALL);
  const [shown, setShown] = React.useState(PAGE);
  const url = useViewState(viewState);
  const [headingId] = React.useState(() => getId('directory-'));

  // phones and the like come from Graph after the list shows: the list must not wait for them
  React.useEffect(() => {
    if (state.kind !== 'loaded') return;
    services.directory.contacts(state.data.map((p) => p.email)).then(
      (m) => mounted.current && setContacts(m),
      () => mounted.current && setContactsFailed(true),
    );
  }, [state, services, mounted]);

  const people = React.useMemo(() => (state.kind === 'loaded' ? state.data : []), [state]);
  const personId = url.get(PERSON);
  const person = personId === null ? null : (people.find((p) => String(p.id) === personId) ?? null);
  const setPerson = (p: DirectoryPerson | null) => url.set({ [PERSON]: p === null ? null : String(p.id) });
  const filtered = React.useMemo(() => {
    const q = query.trim();
    return people.filter(
      (p) =>
        (!q || nameMatches(p.name, q)) &&
        (body === ALL || p.assignments.some((a) => String(a.bodyId) === body)) &&
        (party === ALL || p.parties.includes(party)),
    );
  }, [people, query, body, party]);
  const visible = filtered.slice(0, shown);

  // Photos of the people on screen that are not loaded yet, once their sign-in names are known.
  const upnOf = (p: DirectoryPerson): string | null => contacts.get(p.email.toLowerCase())?.upn ?? null;
  const missing = visible.map(upnOf).filter((u): u is string => !!u && !photos.has(u.toLowerCase()));
  const missingKey = missing.join(',');
  React.useEffect(() => {
    if (!missingKey) return;
    services.directory.photos(missingKey.split(',')).then(
      (m) => mounted.current && setPhotos((old) => new Map([...old, ...m])),
      () =>
        mounted.current &&
        setPhotos((old) => new Map([...old, ...missingKey.split(',').map((u): [string, null] => [u.toLowerCase(), null])])),
    );
  }, [services, missingKey, mounted]);

  const bodyOptions: { key: string; text: string }[] = [
    { key: ALL, text: t.all },
    ...uniqueBy(people.flatMap((p) => p.assignments.map((a) => ({ key: String(a.bodyId), text: a.bodyName })))),
  ];
  const partyOptions: { key: string; text: string }[] = [
    { key: ALL, text: t.all },
    ...[...new Set(people.flatMap((p) => p.parties))].sort().map((x) => ({ key: x, text: x })),
  ];

  const exportVcf = (): void => {
    const cards = toVCards(
      filtered.map((p) => {
        const contact = contacts.get(p.email.toLowerCase());
        return {
          name: p.name,
          givenName: contact?.givenName ?? null,
          surname: contact?.surname ?? null,
          email: p.email,
          phone: contact?.phone ?? null,
          mobile: contact?.mobile ?? null,
          organization: t.organization,
          title: p.assignments.map((a) => assignmentText(a, language)).join('; '),
          note: t.partyNote(p.parties.join(', ')),
        };
      }),
    );
    downloadText(`${t.heading}.vcf`, cards, 'text/vcard;charset=utf-8');
  };

  return (
    <section className={classes.section} aria-labelledby={headingId} lang={language.tag}>
      <h2 id={headingId} className={headingHidden ? classes.visuallyHidden : classes.heading}>
        {t.heading}
      </h2>
      <LoadFrame
        state={state}
        strings={stringsFor(commonStrings, language)}
        loading={t.loading}
        loaded={() => t.count(filtered.length)}
        onRetry={() => void reload()}
      >
        {() =>
          person ? (
            <PersonPage person={person} services={services} language={language} g={g} onBack={() => setPerson(null)} />
          ) : (
            <>
              <div className={c.filters}>
                <SearchBox
                  className={c.filter}
                  placeholder={t.search}
                  ariaLabel={t.search}
                  value={query}
                  onChange={(_, v) => (setQuery(v ?? ''), setShown(PAGE))}
                />
                <NativeSelect
                  className={c.filter}
                  label={t.body}
                  options={bodyOptions}
                  selectedKey={body}
                  onChange={(key) => (setBody(key), setShown(PAGE))}
                />
                <NativeSelect
                  className={c.filter}
                  label={t.party}
                  options={partyOptions}
                  selectedKey={party}
                  onChange={(key) => (setParty(key), setShown(PAGE))}
                />
                <DefaultButton text={t.exportVcf(filtered.length)} onClick={exportVcf} disabled={!filtered.length} />
              </div>
              {contactsFailed && <MessageBar messageBarType={MessageBarType.warning}>{t.contactsFailed}</MessageBar>}
              <p className={classes.paragraph}>{t.count(filtered.length)}</p>
              {filtered.length === 0 && <p className={classes.paragraph}>{t.empty}</p>}
              <ul className={c.list}>
                {visible.map((p) => {
                  const upn = upnOf(p);
                  return (
                    <PersonRow
                      key={p.id}
                      person={p}
                      contact={contacts.get(p.email.toLowerCase())}
                      photo={upn ? photos.get(upn.toLowerCase()) : null}
                      language={language}
                      g={g}
                      onOpen={() => setPerson(p)}
                    />
                  );
                })}
              </ul>
              {filtered.length > shown && <DefaultButton text={t.showMore} onClick={() => setShown(shown + PAGE)} />}
            </>
          )
        }
      </LoadFrame>
    </section>
  );
}

function uniqueBy(options: { key: string; text: string }[]): { key: string; text: string }[] {
  const seen = new Map(options.map((o) => [o.key, o]));
  return [...seen.values()].sort((a, b) => a.text.localeCompare(b.text, 'sv'));
}
