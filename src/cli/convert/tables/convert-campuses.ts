/**
 * Campuses from a spreadsheet's CSV export: a row per campus, the address and coordinates in
 * columns by their own names (street, postalCode, locality, country; lat, lng), the photo as
 * `image` (its address) and `imageAlt` (its alternative text, per language as imageAlt_nl…);
 * `src` and `alt`, the nested fields' own names, are read as those too.
 */
import { ConvertError, type Converter } from '../convert-types.js';
import type { TableKind } from './columns.js';
import { readItems, textField, type Item } from './table-records.js';

const CAMPUSES: TableKind = {
  one: 'campus',
  fields: [
    { name: 'id', type: 'string', required: true },
    { name: 'name', type: 'text', required: true },
    { name: 'street', type: 'string', required: true },
    { name: 'postalCode', type: 'string', required: true },
    { name: 'locality', type: 'string', required: true },
    { name: 'country', type: 'string', required: true },
    { name: 'phone', type: 'string', required: true },
    { name: 'email', type: 'string' },
    { name: 'url', type: 'string' },
    { name: 'lat', type: 'coordinate' },
    { name: 'lng', type: 'coordinate' },
    { name: 'image', type: 'string', aliases: ['src'] },
    { name: 'imageAlt', type: 'text', aliases: ['alt'] },
    { name: 'visitingHours', type: 'text' },
    { name: 'notice', type: 'text' },
  ],
};

/** Both coordinates or neither: one alone is a cell left empty by mistake. */
function geoOf(item: Item) {
  const lat = item.number('lat');
  const lng = item.number('lng');
  if (lat === undefined && lng === undefined) return {};
  if (lat === undefined || lng === undefined)
    throw new ConvertError(
      `${item.where} has a ${lat === undefined ? 'longitude' : 'latitude'} (${item.whereIs(lat === undefined ? 'lng' : 'lat')}) but no ${lat === undefined ? 'latitude (lat)' : 'longitude (lng)'}: give both, or neither`,
    );
  return { geo: { lat, lng } };
}

function imageOf(item: Item) {
  const src = item.string('image');
  const alt = item.text('imageAlt');
  if (src === undefined && alt !== undefined)
    throw new ConvertError(
      `${item.where} has an image's alternative text (${item.whereIs('imageAlt')}) but no image: give the photo's address in the column image, or clear the text`,
    );
  return src === undefined ? {} : { image: { src, ...(alt === undefined ? {} : { alt }) } };
}

const optional = (name: string, value: string | undefined) =>
  value === undefined ? {} : { [name]: value };

/** Converts CSV campuses into a feed. */
export const convertCampuses: Converter = (inputs, options) => {
  const { items, notes } = readItems(inputs, CAMPUSES, options);
  const campuses = items.map((item) => ({
    id: item.string('id'),
    ...textField(item, 'name'),
    address: {
      street: item.string('street'),
      postalCode: item.string('postalCode'),
      locality: item.string('locality'),
      // The two-letter code in capitals, as the schema has it: "be" is as clear as "BE".
      country: item.string('country')?.toUpperCase(),
    },
    phone: item.string('phone'),
    ...optional('email', item.string('email')),
    ...optional('url', item.string('url')),
    ...geoOf(item),
    ...imageOf(item),
    ...textField(item, 'visitingHours'),
    ...textField(item, 'notice'),
  }));
  return Promise.resolve({ feed: { version: 1, campuses }, notes });
};
