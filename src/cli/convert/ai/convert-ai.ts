import { ConvertError, type Converter } from '../convert-types.js';

/** Converts the AI page's news and publications into a feed. */
export const convertAi: Converter = () =>
  Promise.reject(
    new ConvertError(
      "converting the AI page's news and publications is not built yet",
      'unreadable',
    ),
  );
