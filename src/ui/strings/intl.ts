/**
 * Plurals and lists by the language's own rules (`Intl.PluralRules`, `Intl.ListFormat`), so that
 * tables never hand-write them. A table file makes its helpers once: `const { plural, list } = intlFor('sv-SE')`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface IntlHelpers {
  /** The form of a word for a count: `plural(n, { one: 'händelse', other: 'händelser' })`. */
  plural(n: number, forms: PluralForms): string;
  /** "a, b och c" in the language's own words. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

export function intlFor(intlLocale: string): IntlHelpers {
  const rules = new Intl.PluralRules(intlLocale);
  const lists = {
    conjunction: new Intl.ListFormat(intlLocale, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(intlLocale, { type: 'disjunction' }),
  };
  return {
    plural: (n, forms) => forms[rules.select(n)] ?? forms.other,
    list: (items, type = 'conjunction') => lists[type].format(items),
  };
}

const helpers = new Map<string, IntlHelpers>();

/** The helpers of a UI language, made once per locale. */
export function intlOf(language: { intlLocale: string }): IntlHelpers {
  let h = helpers.get(language.intlLocale);
  if (!h) helpers.set(language.intlLocale, (h = intlFor(language.intlLocale)));
  return h;
}
