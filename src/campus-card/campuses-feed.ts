import type { FeedSpec } from '../core/feed-validation.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { JsonSchema } from '../core/schema-validator.js';
import campusesSchema from '../../schemas/campuses.schema.json' with { type: 'json' };

/** A postal address (`$defs/address` in `schemas/campuses.schema.json`). */
export interface CampusAddress {
  /** Street and number, e.g. `Herestraat 49`. */
  street: string;
  /** Postal code, e.g. `3000`. */
  postalCode: string;
  /** Town or city, e.g. `Leuven`. */
  locality: string;
  /** ISO 3166-1 alpha-2 country code, e.g. `BE`. */
  country: string;
}

/** WGS 84 coordinates (`$defs/geo`). */
export interface CampusGeo {
  /** Latitude in decimal degrees. */
  lat: number;
  /** Longitude in decimal degrees. */
  lng: number;
}

/** A photo of the campus (`$defs/image`). */
export interface CampusImage {
  /** Image URL, absolute or relative to the feed. */
  src: string;
  /** Alternative text; without it the image is decorative. */
  alt?: LocalizedText;
}

/** One campus (`$defs/campus`). */
export interface Campus {
  /** Stable identifier, e.g. `gasthuisberg`; the `campus` attribute selects it. */
  id: string;
  /** Name of the campus. */
  name: LocalizedText;
  /** Postal address. */
  address: CampusAddress;
  /** Phone number as written (`+32 16 33 22 11`): shown as is, dialled in E.164. */
  phone: string;
  /** Contact e-mail address. */
  email?: string;
  /** The campus's access and facilities page (route, parking, facilities). */
  url?: string;
  /** Coordinates, for the map link. */
  geo?: CampusGeo;
  /** Photo of the campus. */
  image?: CampusImage;
  /** Visiting hours. */
  visitingHours?: LocalizedText;
  /** A temporary notice, for example roadworks. */
  notice?: LocalizedText;
}

/** The feed `<uzl-campus-card>` reads (`schemas/campuses.schema.json`, version 1). */
export interface CampusesFeed {
  version: 1;
  /** The campuses. May be empty. */
  campuses: Campus[];
}

/** What the core needs to know about the campuses feed: its schema. */
export const campusesFeedSpec: FeedSpec<CampusesFeed> = {
  schema: campusesSchema as JsonSchema,
};
