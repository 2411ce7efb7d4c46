/**
 * Reading an input's command-line form, `[<lang>:][domain=<id>:]<file-or-URL>`: `nl:news.rss`,
 * `fr:https://example.org/fr/feed`, `domain=cardiology:pubs.bib`, `en:domain=oncology:x.ris`.
 * Only the three languages and `domain=` count as prefixes, so `https://…` and a file named
 * `c:…` are left whole.
 */
import { ConvertError, LANGS, type InputSpec, type Lang } from './convert-types.js';

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

export function parseInputSpec(given: string): InputSpec {
  let rest = given;
  const spec: Omit<InputSpec, 'source'> & { source?: string } = { given };
  for (;;) {
    const lang = /^([a-z]{2}):(?!\/\/)/.exec(rest);
    if (lang && isLang(lang[1]!) && spec.lang === undefined) {
      spec.lang = lang[1];
      rest = rest.slice(3);
      continue;
    }
    const domain = /^domain=([^:]*):/.exec(rest);
    if (domain && spec.domain === undefined) {
      if (domain[1]!.trim() === '')
        throw new ConvertError(`${given}: say the domain's id after domain=`, 'usage');
      spec.domain = domain[1]!.trim();
      rest = rest.slice(domain[0].length);
      continue;
    }
    break;
  }
  if (rest === '')
    throw new ConvertError(`${given}: say the file or URL after the prefix`, 'usage');
  return { ...spec, source: rest };
}
