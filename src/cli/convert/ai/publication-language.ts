/**
 * A publication's language as exports write it (CSL `en-US`, PubMed's `eng`, RIS `English`,
 * BibTeX's babel names `english`, `ngerman`) → the BCP 47 tag the schema wants (`en`, `de`).
 * ISO 639-2 codes are canonicalised by Intl itself; names are looked up among Intl's own
 * language names in English, Dutch, French and German, so no table of languages is kept here.
 */

/** babel's and biblatex's names that are not a language's plain English name. */
const BABEL: Record<string, string> = {
  american: 'en-US',
  usenglish: 'en-US',
  british: 'en-GB',
  ukenglish: 'en-GB',
  australian: 'en-AU',
  canadian: 'en-CA',
  newzealand: 'en-NZ',
  ngerman: 'de',
  naustrian: 'de-AT',
  austrian: 'de-AT',
  swissgerman: 'de-CH',
  nswissgerman: 'de-CH',
  francais: 'fr',
  acadian: 'fr-CA',
  canadien: 'fr-CA',
  flemish: 'nl-BE',
  brazil: 'pt-BR',
  brazilian: 'pt-BR',
  portuges: 'pt',
};

const TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
let byName: Map<string, string> | undefined;

/** Every two-letter language's name in the languages a bibliography is likely written in. */
function namesOfLanguages(): Map<string, string> {
  const names = new Map<string, string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const locale of ['en', 'nl', 'fr', 'de']) {
    const display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const a of letters)
      for (const b of letters) {
        const name = display.of(a + b)?.toLowerCase();
        if (name && !names.has(name)) names.set(name, a + b);
      }
  }
  return names;
}

function knownTag(tag: string): string | undefined {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? '';
  } catch {
    return undefined;
  }
  const language = canonical.split('-')[0] ?? '';
  const display = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return TAG.test(canonical) && display.of(language) !== undefined ? canonical : undefined;
}

/** The BCP 47 tag of `value`, or undefined when it names no language Intl knows. */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/_/g, '-');
  if (!text) return undefined;
  if (TAG.test(text)) {
    const tag = knownTag(text);
    if (tag) return tag;
  }
  const name = text.toLowerCase().replace(/\s+/g, ' ');
  const babel = BABEL[name];
  if (babel) return babel;
  byName ??= namesOfLanguages();
  return byName.get(name);
}
