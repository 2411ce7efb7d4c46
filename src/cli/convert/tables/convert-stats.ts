/**
 * Key figures from a spreadsheet's CSV export: a row per figure with the columns id, value,
 * label (or label_nl, label_en, label_fr), unit and description. The feed's own year and
 * source are columns too, filled on any rows and the same wherever filled: the sheet a
 * communications team updates each year says which year its figures are about, so the
 * scheduled job that converts it needs no edit when the year turns.
 */
import type { Converter } from '../convert-types.js';
import type { TableKind } from './columns.js';
import { readItems, textField } from './table-records.js';

const KEY_FIGURES: TableKind = {
  one: 'key figure',
  fields: [
    { name: 'id', type: 'string', required: true },
    {
      name: 'value',
      type: 'number',
      required: true,
      hint: 'write the number alone, and a unit such as % in the unit column',
    },
    { name: 'label', type: 'text', required: true },
    { name: 'unit', type: 'text' },
    { name: 'description', type: 'text' },
    {
      name: 'year',
      type: 'integer',
      feedLevel: true,
      hint: 'the year the figures are about, as 2024',
    },
    { name: 'source', type: 'text', feedLevel: true },
  ],
};

/** Converts CSV key figures into a feed. */
export const convertStats: Converter = (inputs, options) => {
  const { items, feed, notes } = readItems(inputs, KEY_FIGURES, options);
  const year = feed.number('year');
  return Promise.resolve({
    feed: {
      version: 1,
      ...(year === undefined ? {} : { year }),
      ...textField(feed, 'source'),
      stats: items.map((item) => ({
        id: item.string('id'),
        value: item.number('value'),
        ...textField(item, 'label'),
        ...textField(item, 'unit'),
        ...textField(item, 'description'),
      })),
    },
    notes,
  });
};
