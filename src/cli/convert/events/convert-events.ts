import { ConvertError, type Converter } from '../convert-types.js';

/** Converts iCalendar events into a feed. */
export const convertEvents: Converter = () =>
  Promise.reject(new ConvertError('converting iCalendar events is not built yet', 'unreadable'));
