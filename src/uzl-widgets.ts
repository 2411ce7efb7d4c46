/**
 * The drop-in bundle: one `<script type="module" src=".../uzl-widgets.js">` defines every
 * widget, with Lit and all three languages inside. Each line below is a widget's
 * self-defining module.
 */
export * from './index.js';
import './news-list/uzl-news-list.js';
import './stats-counter/uzl-stats-counter.js';
import './campus-card/uzl-campus-card.js';
import './event-calendar/uzl-event-calendar.js';
import './ai-publications/uzl-ai-publications.js';
