// The campus card's links, worked out from the feed: the phone's `tel:` URL, the map's
// OpenStreetMap URL and the address line that is copied. Not public API.
import { INTL_LOCALES } from '../core/format.js';
import type { Lang } from '../core/language.js';
import { safeUrl } from '../core/safe-url.js';
import type { Campus, CampusAddress } from './campuses-feed.js';

/** Country calling codes for numbers written nationally (`016 33 22 11`), by the address's country. */
const CALLING_CODES: Readonly<Record<string, string>> = {
  BE: '32',
  NL: '31',
  FR: '33',
  LU: '352',
  DE: '49',
};

/**
 * The phone number as a `tel:` URL in E.164 (`+32 16 33 22 11` → `tel:+3216332211`): spaces,
 * dots, dashes, slashes and brackets go, a trunk `(0)` after the country code goes, `00` is an
 * international prefix, and a national number (`016 …`) gets the address's country code.
 * Anything that is not a phone number gives `undefined`: the number is then shown without link.
 */
export function phoneHref(phone: string, country?: string): string | undefined {
  let number = phone.trim().replace(/^(\+\d{1,3})\s*\(0\)/, '$1');
  if (!/^\+?[\d\s().\-/]+$/.test(number)) return undefined;
  number = number.replace(/[^\d+]/g, '');
  if (number.startsWith('00')) number = `+${number.slice(2)}`;
  else if (!number.startsWith('+')) {
    const code = country ? CALLING_CODES[country] : undefined;
    if (code && /^0[1-9]/.test(number)) number = `+${code}${number.slice(1)}`;
  }
  if (!/^\+?\d{3,15}$/.test(number)) return undefined;
  return safeUrl(`tel:${number}`, 'link');
}

/** The OpenStreetMap page for the campus: a marker at its coordinates, else a search for its address. */
export function mapHref(campus: Pick<Campus, 'geo' | 'address'>): string {
  const { geo, address } = campus;
  if (geo && Number.isFinite(geo.lat) && Number.isFinite(geo.lng)) {
    const { lat, lng } = geo;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressLine(address, 'en'))}`;
}

/** The address on one line with the country's name, as it is copied: `Herestraat 49, 3000 Leuven, Belgium`. */
export function addressLine(address: CampusAddress, lang: Lang): string {
  const parts = [address.street, `${address.postalCode} ${address.locality}`];
  const country = countryName(address.country, lang);
  if (country) parts.push(country);
  return parts.join(', ');
}

// Built once per language, as format.ts builds its formatters: an Intl constructor costs tens
// of µs, and a campus without coordinates works out its address line (for the map search) on
// every render.
const regionNames = new Map<Lang, Intl.DisplayNames>();

/** The country's name in `lang` (`BE` → `België`, `Belgique`, `Belgium`), else the code as given. */
function countryName(code: string, lang: Lang): string {
  try {
    let names = regionNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([INTL_LOCALES[lang]], { type: 'region' });
      regionNames.set(lang, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
