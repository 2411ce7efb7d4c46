// <uzl-stats-counter>: this file is the element (its attributes, the figures it selects and
// their render). Its folder: count-up-controller.ts (the counting, started when in view),
// stats-counter.styles.ts (its look), stats-feed.ts (the feed's type, held to
// schemas/stats.schema.json) and uzl-stats-counter.ts (defines the tag).
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatNumber } from '../core/format.js';
import type { Lang } from '../core/language.js';
import { addMessages, msg, str } from '../core/localize.js';
import { messages } from '../generated/messages/stats-counter.js';
import { pickLocalized } from '../core/localized-text.js';
import { emptyView } from '../core/state-views.js';
import { renderHeading } from '../core/heading.js';
import { matchId } from '../core/match-id.js';
import { memoize } from '../core/memo.js';
import { UzlFeedElement } from '../core/uzl-feed-element.js';
import { CountUpController, type CountTarget } from './count-up-controller.js';
import { statsCounterStyles } from './stats-counter.styles.js';
import { statsFeedSpec, type StatItem, type StatsFeed } from './stats-feed.js';

// This element's nl and fr messages, next to the core's.
addMessages(messages);

export type StatsNotation = 'standard' | 'compact';

const DEFAULT_DURATION = 1500;
const MAX_COLUMNS = 6;
/** Stands in for the source in its translated sentence: a private-use character, in no translation. */
const SLOT = '\uE000';
const COMPACT: Intl.NumberFormatOptions = { notation: 'compact' };

/** The ids an `items` attribute names, in its order. */
const idsOf = (items: string) =>
  items
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);

/**
 * UZ Leuven's key figures (782.208 consultations, 72.785 emergencies …), counting up from 0
 * the first time the element is at least half in view, in the page's language.
 *
 * Screen readers read each figure's final value and label, never the moving digits: the
 * number that counts is `aria-hidden`, and under it, invisible but read, is the final value,
 * which also sizes the figure's box so nothing moves while it counts. Visitors who ask for
 * reduced motion, and `no-animation`, get the final values at once.
 *
 * A page can replace any of its texts, per language, by message id (`stats.`, and the
 * shared `state.` and `error.` ones): a `<script type="application/json" data-uzl-messages>`
 * block or `setMessages()`, shown as text (README, "Changing a widget's wording on one page").
 *
 * @tag uzl-stats-counter
 * @summary Key figures from a JSON feed that count up when they come into view, localized, one to six in a row.
 *
 * @slot - Fallback content, such as a plain link to UZ Leuven's key figures: it shows before the
 *   script loads, without JavaScript and beside the error message; it is hidden while the figures show.
 *
 * @csspart caption - The heading above the figures: "Key figures", with the feed's year when it has one ("Key figures 2024"); its level is `heading-level`.
 * @csspart figure - Each figure's box (a list item): the value, the label and the description.
 * @csspart value - A figure's number (with its unit), in tabular digits, sized for the final value.
 * @csspart label - What a figure counts ("Consultations").
 * @csspart description - A figure's longer explanation, when the feed has one.
 * @csspart source - The line below the figures naming the feed's source ("Source: UZ Leuven").
 *
 * @cssprop --uzl-stats-counter-gap - Space between the figures and inside their boxes (default: the `--uzl-space` unit).
 * @cssprop --uzl-stats-counter-value-size - Font size of the numbers (default 2em, or less where the row could not hold it: at most 12 % of the widget's width in one column, 6 % in two, 4 % in three, 2.4 % in six, so large text never runs out of the widget).
 * @cssprop --uzl-stats-counter-value-color - Colour of the numbers (default: the accent colour `--uzl-color-primary`).
 * @cssprop --uzl-stats-counter-background - Background of each figure's box (default: `--uzl-color-surface`).
 */
export class UzlStatsCounter extends UzlFeedElement<StatsFeed> {
  static override styles = [...UzlFeedElement.styles, statsCounterStyles];

  /**
   * Which figures to show and in what order, as comma-separated ids (`staff,consultations`,
   * case-insensitive). An id the feed does not have is ignored, with a `console.warn`.
   * Without it (or with no id the feed has): every figure, in the feed's order.
   */
  @property() items?: string;

  /** Milliseconds the counting takes (default 1500). 0 shows the final values at once. */
  @property({ type: Number }) duration = DEFAULT_DURATION;

  /** `standard` (default: `782.208`) or `compact` (the language's short form: `782K`, `782 k`). */
  @property({ reflect: true }) notation: StatsNotation = 'standard';

  /** Shows the final values at once, without counting (as for visitors who prefer reduced motion). */
  @property({ attribute: 'no-animation', type: Boolean }) noAnimation = false;

  /**
   * The counting: the element says what counts, how it reads and how long; the controller
   * does the rest on the element's lifecycle, so nothing here calls it.
   * @internal
   */
  protected readonly countUp = new CountUpController(this, {
    targets: () => this.countTargets(),
    format: (value) => formatNumber(value, this.resolvedLang, this.formatOptions),
    duration: () => (this.noAnimation ? 0 : this.countDuration),
  });

  constructor() {
    super(statsFeedSpec);
  }

  /** The count (for the empty state and `uzl-load`) is the figures shown: those `items` selects. */
  protected override itemCount(feed: StatsFeed): number {
    return this.figures(feed).length;
  }

  /** The figures to show: those `items` names, in its order, or all of them. */
  private figures(feed: StatsFeed): StatItem[] {
    return this.selection(feed, this.items ?? '');
  }

  // Made once per feed value and `items`.
  private readonly selection = memoize((feed: StatsFeed, items: string): StatItem[] => {
    const known = feed.stats.map((stat) => stat.id);
    const selected = new Set<StatItem>();
    for (const id of idsOf(items)) {
      const found = matchId(this, 'items', id, known);
      if (found !== undefined) selected.add(feed.stats[known.indexOf(found)]!);
    }
    // An id the feed does not have is ignored as if it were not there; none known: all figures.
    return selected.size ? [...selected] : feed.stats;
  });

  private get countDuration(): number {
    return Number.isFinite(this.duration) && this.duration >= 0 ? this.duration : DEFAULT_DURATION;
  }

  private get formatOptions(): Intl.NumberFormatOptions | undefined {
    return this.notation === 'compact' ? COMPACT : undefined;
  }

  /** Room for the figures `items` names while the feed loads, else a full row of six. */
  protected override expectedItems(): number {
    return Math.min(idsOf(this.items ?? '').length || MAX_COLUMNS, MAX_COLUMNS);
  }

  protected override renderEmpty(): TemplateResult {
    return emptyView(
      msg('No key figures at the moment.', {
        id: 'stats.empty',
        desc: 'Key figures: shown instead of the figures when the feed has none. One short sentence; wraps.',
      }),
    );
  }

  protected override renderData(feed: StatsFeed): TemplateResult {
    const lang = this.resolvedLang;
    const options = this.formatOptions;
    const caption =
      feed.year !== undefined
        ? msg(str`Key figures ${feed.year}`, {
            id: 'stats.caption-year',
            desc: 'Key figures: heading above the figures; the value is the year the figures are about (2024). Heading, one line, about 25 characters.',
          })
        : msg('Key figures', {
            id: 'stats.caption',
            desc: 'Key figures: heading above the figures when the feed names no year. Heading, one line, about 20 characters.',
          });
    const named = pickLocalized(feed.source, lang);
    // The translated sentence ("Bron: …", "Source : …") is cut around a stand-in for the
    // source, which then goes in an element of its own that can say its language.
    const source = SLOT;
    const [before = '', after = ''] = msg(str`Source: ${source}`, {
      id: 'stats.source',
      desc: "Key figures: small line under the figures naming where they come from; the value is the source's name (UZ Leuven annual report). One line, wraps when long.",
    }).split(SLOT);
    return html`${renderHeading(this.level, caption, { class: 'caption', part: 'caption', id: 'caption' })}
      <ul class="figures" role="list" aria-labelledby="caption">
        ${this.figures(feed).map((stat) => renderFigure(stat, lang, options))}
      </ul>
      ${
        named.text
          ? html`<p class="source" part="source">
              ${before}<span lang=${ifDefined(named.lang)}>${named.text}</span>${after}
            </p>`
          : nothing
      }`;
  }

  /** Each figure's moving number (Lit leaves it empty) and the value it counts to. */
  private countTargets(): CountTarget[] {
    const figures =
      this.feed.status === 'ready' && this.feed.value ? this.figures(this.feed.value) : [];
    const nodes = this.renderRoot.querySelectorAll<HTMLElement>('.moving > .count');
    return figures.flatMap((stat, i) => {
      const node = nodes[i];
      return node ? [{ node, value: stat.value }] : [];
    });
  }
}

/**
 * One figure. The final value (with its unit), invisible but read by screen readers, sizes
 * the box; the moving number lies on top of it, hidden from screen readers, and is drawn by
 * the count-up controller (Lit leaves its `.count` empty, so a re-render never fights the roll).
 * The unit follows the number in both layers, so it stays next to the digits while they count.
 */
function renderFigure(
  stat: StatItem,
  lang: Lang,
  options: Intl.NumberFormatOptions | undefined,
): TemplateResult {
  const unit = pickLocalized(stat.unit, lang);
  const label = pickLocalized(stat.label, lang);
  const description = pickLocalized(stat.description, lang);
  const unitView = unit.text
    ? html`<span class="unit" lang=${ifDefined(unit.lang)}>${unit.text}</span>`
    : nothing;
  // Value, label and description are blocks (div), not spans: Chromium joins the text of
  // inline elements, even laid out one under the other, so a screen reader read them as one
  // word ("782 208Consultations", issue #30), and braille showed it so.
  return html`<li class="figure" part="figure">
    <div class="value" part="value">
      <span class="final">${formatNumber(stat.value, lang, options)}${unitView}</span
      ><span class="moving" aria-hidden="true"><span class="count"></span>${unitView}</span>
    </div>
    <div class="label" part="label" lang=${ifDefined(label.lang)}>${label.text}</div>
    ${description.text ? renderDescription(description.text, description.lang) : nothing}
  </li>`;
}

/** A figure's description, on one line: line breaks inside the tag would become part of its text. */
const renderDescription = (text: string, lang: string | undefined): TemplateResult =>
  html`<div class="description" part="description" lang=${ifDefined(lang)}>${text}</div>`;
