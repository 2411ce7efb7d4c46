/** Which converter makes each kind of feed. */
import type { KindName } from '../feed-kinds.js';
import { convertAi } from './ai/convert-ai.js';
import type { Converter } from './convert-types.js';
import { convertEvents } from './events/convert-events.js';
import { convertNews } from './news/convert-news.js';
import { convertCampuses } from './tables/convert-campuses.js';
import { convertStats } from './tables/convert-stats.js';

export const CONVERTERS: Record<KindName, Converter> = {
  news: convertNews,
  events: convertEvents,
  campuses: convertCampuses,
  stats: convertStats,
  'ai-publications': convertAi,
};

/** What each kind is made from, for the help text. */
export const CONVERTED_FROM: Record<KindName, string> = {
  news: 'RSS 2.0, Atom 1.0 or JSON Feed 1.1, an input a language',
  events: 'iCalendar (.ics), one calendar per language',
  campuses: 'CSV with the schema’s field names as its header row',
  stats: 'CSV with the schema’s field names as its header row',
  'ai-publications':
    'news as for news, and publications from CSL-JSON,\n                      BibTeX or RIS, each input with domain=<id>:',
};

/** `ai` is the AI page's short name. */
export const KIND_ALIASES: Record<string, KindName> = { ai: 'ai-publications' };
