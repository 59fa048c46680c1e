import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { portalSignature } from '../../../data/minutes/signature';
import type { MinutesDocument } from '../../../data/minutes/types';
import { documentSha256 } from '../../../domain/minutes/hash';
import type { SignerRole } from '../../../domain/minutes/types';
import { ErrorMessage } from '../../common/ErrorMessage';
import { classes } from '../../common/styles';
import { useMounted } from '../../common/useMounted';
import { commonStrings, stringsFor, type Language } from '../../strings';
import { minutesErrorStrings } from '../../strings/minutesErrors';
import { minutesViewStrings } from '../../strings/minutesView';
import { ActionFeedback } from '../ActionFeedback';
import { meetingCss as css } from '../styles';
import { useAction } from '../useAction';
import { dropLinks, fileLink, PDF, type FileLink } from './files';
import type { MinutesServices } from './MinutesPage';

interface Shown {
  bytes: Uint8Array;
  sha256: string;
  link: FileLink;
}

/**
 * Reading and signing (justering): the signer is given the version's bytes, sees their checksum,
 * confirms having read exactly that version, and signs it through the signature method (the
 * portal's own after a fresh second factor). The signature binds the hash of these bytes.
 */
export function SignPanel({
  services,
  document: d,
  version,
  role,
  language,
  reload,
  onSigned,
}: {
  services: MinutesServices;
  document: MinutesDocument;
  version: number;
  role: SignerRole;
  language: Language;
  reload(): Promise<void>;
  /** The server's time of the signature: the card says it, as this panel goes once the signature counts. */
  onSigned(created: string): void;
}): JSX.Element {
  const s = stringsFor(commonStrings, language);
  const t = stringsFor(minutesViewStrings, language);
  const errors = stringsFor(minutesErrorStrings, language);
  const mounted = useMounted();
  const [shown, setShown] = React.useState<Shown | null>(null);
  const [opening, setOpening] = React.useState(false);
  const [openError, setOpenError] = React.useState<unknown>(null);
  const [confirmed, setConfirmed] = React.useState(false);
  const [needRead, setNeedRead] = React.useState(false);
  const sign = useAction(reload);
  const method = React.useMemo(() => portalSignature(services.minutes, services.identity), [services]);
  const id = `minutes-sign-${d.id}`;

  // a new version to sign starts over: what was read before was another file
  React.useEffect(() => {
    setShown(null);
    setConfirmed(false);
  }, [version]);
  React.useEffect(
    () => () => {
      if (shown) dropLinks([shown.link]);
    },
    [shown],
  );

  const open = async () => {
    setOpening(true);
    setOpenError(null);
    try {
      const bytes = await services.minutes.content(d.id, version);
      if (!mounted.current) return;
      const link = fileLink(bytes, PDF, `${t.document.full} v${version}.pdf`);
      setShown({ bytes, sha256: documentSha256(bytes), link });
      setNeedRead(false);
      window.open(link.url, '_blank', 'noopener');
    } catch (e) {
      if (mounted.current) setOpenError(e);
    } finally {
      if (mounted.current) setOpening(false);
    }
  };

  const doSign = async () => {
    if (!shown || !confirmed) {
      setNeedRead(true);
      return;
    }
    await sign.run(async () => {
      const event = await method.sign({ minutesId: d.id, version, shown: shown.bytes });
      onSigned(event.created);
    });
  };

  return (
    <section className={css.panel} aria-labelledby={id}>
      <h4 id={id} className={classes.subheading}>
        {t.sign.heading}
      </h4>
      <p className={classes.paragraph}>{t.sign.asRole(t.role[role])}</p>
      <ol>
        <li>
          <p className={classes.paragraph}>{t.sign.step1}</p>
          <DefaultButton text={opening ? t.sign.opening : t.document.open(version)} onClick={() => void open()} disabled={opening} />
          <div role="status" aria-live="polite">
            {openError !== null && <ErrorMessage error={openError} strings={s} texts={errors} />}
            {shown && (
              <p className={classes.paragraph}>
                <Link href={shown.link.url} target="_blank" rel="noopener">
                  {t.document.open(version)}
                </Link>{' '}
                {t.sign.opened(shown.sha256)}
              </p>
            )}
          </div>
        </li>
        <li>
          <p className={classes.paragraph}>{t.sign.step2}</p>
          <Checkbox
            label={t.sign.confirm(version)}
            checked={confirmed}
            disabled={!shown}
            onChange={(_, on) => setConfirmed(!!on)}
            ariaDescribedBy={`${id}-help`}
          />
          <p id={`${id}-help`} className={classes.paragraph}>
            {services.identity ? t.sign.confirmHelp : t.sign.confirmHelpSignedIn}
          </p>
          <PrimaryButton
            text={sign.state.kind === 'busy' ? t.sign.signing : t.sign.sign}
            onClick={() => void doSign()}
            disabled={sign.state.kind === 'busy'}
            aria-describedby={needRead ? `${id}-read-first` : undefined}
          />
          {needRead && (
            <MessageBar id={`${id}-read-first`} messageBarType={MessageBarType.warning} role="alert">
              {t.sign.readFirst}
            </MessageBar>
          )}
        </li>
      </ol>
      <ActionFeedback state={sign.state} strings={s} texts={errors} />
    </section>
  );
}
