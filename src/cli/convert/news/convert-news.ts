import { ConvertError, type Converter } from '../convert-types.js';

/** Converts RSS, Atom or JSON Feed news into a feed. */
export const convertNews: Converter = () =>
  Promise.reject(
    new ConvertError('converting RSS, Atom or JSON Feed news is not built yet', 'unreadable'),
  );
