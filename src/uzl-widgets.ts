/**
 * The all-in-one file, `dist/uzl-widgets.all.js` (`vite build --mode all`): every widget,
 * with Lit and all three languages inside, defined when the file loads, and the classes
 * exported. Each line below is a widget's self-defining module. The drop-in
 * `dist/uzl-widgets.js` is another file: the loader (src/loader/uzl-widgets-loader.ts),
 * which imports a widget's chunk when its tag first appears.
 */
export * from './index.js';
import './news-list/uzl-news-list.js';
import './stats-counter/uzl-stats-counter.js';
import './campus-card/uzl-campus-card.js';
import './event-calendar/uzl-event-calendar.js';
import './ai-publications/uzl-ai-publications.js';
