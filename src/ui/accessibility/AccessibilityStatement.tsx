import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { classes } from '../common/styles';
import { useLanguage } from '../common/useLanguage';
import { stringsFor } from '../strings';
import { accessibilityStrings } from '../strings/accessibility';

/** DIGG's link for reporting a public body's inaccessible digital service. */
const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

/**
 * The accessibility statement every public body's digital service must publish (lag 2018:1937,
 * after DIGG's model): how accessible the portal is, what is known not to be, how to report a
 * problem, and who supervises.
 */
export function AccessibilityStatement({ locale }: { locale: string }): JSX.Element {
  const language = useLanguage(locale);
  const t = stringsFor(accessibilityStrings, language);
  const mail = `mailto:${t.contactAddress}?subject=${encodeURIComponent(t.reportSubject)}`;
  return (
    <article className={classes.section} lang={language.tag} aria-labelledby="accessibility-heading">
      <h2 id="accessibility-heading" className={classes.heading}>
        {t.heading}
      </h2>
      <p className={classes.paragraph}>{t.intro}</p>
      <h3 className={classes.subheading}>{t.howAccessibleHeading}</h3>
      <p className={classes.paragraph}>{t.howAccessible}</p>
      <h3 className={classes.subheading}>{t.knownIssuesHeading}</h3>
      <ul>
        {t.knownIssues.map((issue) => (
          <li key={issue} className={classes.paragraph}>
            {issue}
          </li>
        ))}
      </ul>
      <h3 className={classes.subheading}>{t.reportHeading}</h3>
      <p className={classes.paragraph}>{t.report}</p>
      <p className={classes.paragraph}>
        <Link href={mail}>{t.reportLink}</Link> ({t.contactAddress})
      </p>
      <h3 className={classes.subheading}>{t.supervisionHeading}</h3>
      <p className={classes.paragraph}>{t.supervision}</p>
      <p className={classes.paragraph}>
        <Link href={DIGG_REPORT_URL} target="_blank" rel="noopener noreferrer">
          {t.supervisionLink}
        </Link>
      </p>
      <h3 className={classes.subheading}>{t.technicalHeading}</h3>
      <p className={classes.paragraph}>{t.technical}</p>
      <h3 className={classes.subheading}>{t.testedHeading}</h3>
      <p className={classes.paragraph}>{t.tested}</p>
      <p className={classes.paragraph}>{t.updated}</p>
    </article>
  );
}
