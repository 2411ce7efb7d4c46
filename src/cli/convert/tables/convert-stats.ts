import { ConvertError, type Converter } from '../convert-types.js';

/** Converts CSV key figures into a feed. */
export const convertStats: Converter = () =>
  Promise.reject(new ConvertError('converting CSV key figures is not built yet', 'unreadable'));
