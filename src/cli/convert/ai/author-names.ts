/**
 * Authors as the widget shows them, in the Vancouver style of PubMed and the AI page itself:
 * family name and initials, "Topalovic M", "Burgel PR", "van de Schoot R". A name given whole
 * (a consortium, CSL's `literal`) stays as written.
 */

/** An author as CSL-JSON has it (and as BibTeX and RIS names are read into). */
export interface NameParts {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

/** "Pierre-Régis" → "PR", "Malgorzata A." → "MA", "A. A. P." → "AAP", "Jan Tobias" → "JT". */
export function initials(given: string): string {
  return given
    .split(/[\s.\-‐]+/u)
    .filter((part) => /^\p{L}/u.test(part))
    .map((part) =>
      // Given names already written as initials ("MA") stay as they are.
      /^\p{Lu}+$/u.test(part) && part.length <= 3 ? part : Array.from(part)[0]!.toUpperCase(),
    )
    .join('');
}

/** "Topalovic M"; undefined for a name with nothing in it. */
export function vancouver(name: NameParts): string | undefined {
  const literal = name.literal?.trim();
  if (literal) return literal;
  const family = [name['non-dropping-particle'], name.family]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  const given = initials(name.given ?? '');
  const suffix = name.suffix?.trim();
  const text = [family, given, suffix].filter(Boolean).join(' ');
  return text || undefined;
}

/** Initials as Embase and some repositories write a whole name: "Liu R.", "Eloubeidi M.A.". */
const TRAILING_INITIALS = /^(.+?)\s+((?:\p{Lu}\.?-?){1,4})$/u;

/**
 * An author of a RIS file (`AU`, `A1`): "Family, Given[, Suffix]" as the format says, or,
 * without a comma, "Family I." as Embase writes it or "Given Family".
 */
export function risName(value: string): NameParts {
  const text = value.trim().replace(/\s+/g, ' ');
  const [family, given, suffix] = text.split(/\s*,\s*/);
  if (given !== undefined) return { family: family ?? '', given, ...(suffix ? { suffix } : {}) };
  const trailing = TRAILING_INITIALS.exec(text);
  if (trailing) return { family: trailing[1]!, given: trailing[2]! };
  const words = text.split(' ');
  return words.length > 1
    ? { family: words.at(-1)!, given: words.slice(0, -1).join(' ') }
    : { literal: text };
}
