import { ConvertError, type Converter } from '../convert-types.js';

/** Converts CSV campuses into a feed. */
export const convertCampuses: Converter = () =>
  Promise.reject(new ConvertError('converting CSV campuses is not built yet', 'unreadable'));
