// <uzl-campus-card>: this file is the element (its attributes, state, render and events). Its
// folder: campus-card.styles.ts (its look), campus-links.ts (map, phone and address text),
// campuses-feed.ts (the feed's type, held to schemas/campuses.schema.json) and
// uzl-campus-card.ts (defines the tag). Fetching, language, states, images, announcements
// and the rule for an id the feed does not have come from src/core/.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { FeedError } from '../core/feed-error.js';
import { addMessages, msg } from '../core/localize.js';
import { matchId } from '../core/match-id.js';
import { messages } from '../generated/messages/campus-card.js';
import { pickLocalized } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import { emptyView } from '../core/state-views.js';
import { renderHeading } from '../core/heading.js';
import { FeedImages, feedImageStyles } from '../core/feed-images.js';
import { UzlFeedElement } from '../core/uzl-feed-element.js';
import { campusesFeedSpec, type Campus, type CampusesFeed } from './campuses-feed.js';
import { campusCardStyles } from './campus-card.styles.js';
import { addressLine, mapHref, phoneHref } from './campus-links.js';

// This element's nl and fr messages, next to the core's.
addMessages(messages);

/** How long the "Address copied." note stays on screen. */
const COPY_NOTE_MS = 6000;

/** The error of a `campus` id that the feed does not have. */
class UnknownCampusError extends FeedError {
  constructor(readonly campus: string) {
    super('invalid', `No campus with id "${campus}" in the feed.`);
  }
}

/**
 * Where a UZ Leuven campus is and how to get there: its name, address, phone, access and
 * facilities page, a link to the map and a button that copies the address; visiting hours and
 * a notice when the feed has them. With `campus` it shows that campus; without, every campus
 * of the feed in a grid.
 *
 * A page can replace any of its texts, per language, by message id (`campus.`, and the
 * shared `state.` and `error.` ones): a `<script type="application/json" data-uzl-messages>`
 * block or `setMessages()`, shown as text (README, "Changing a widget's wording on one page").
 *
 * @tag uzl-campus-card
 * @summary A localized card with a campus's address, phone, map link and visitor information from a JSON feed; one campus or all of them.
 *
 * @slot - Fallback content, such as a plain link to UZ Leuven's route page: it shows before the
 *   script loads, without JavaScript and beside the error message; it is hidden while the card shows.
 *
 * @csspart card - Each campus card (an `<article>`).
 * @csspart name - The campus's name, a heading.
 * @csspart address - The postal address (an `<address>`).
 * @csspart phone - The phone number, a `tel:` link.
 * @csspart notice - The feed's notice (roadworks, a closed entrance).
 * @csspart actions - The row of links and the Copy address button.
 * @csspart image - The campus's photo.
 *
 * @cssprop --uzl-campus-card-gap - Space between cards and inside a card (default: the `--uzl-space` unit).
 * @cssprop --uzl-campus-card-column-width - Narrowest column of the grid of all campuses (default 18rem).
 * @cssprop --uzl-campus-card-image-ratio - Aspect ratio of the photo's box; the photo is cropped to fill it (default 4 / 3).
 * @cssprop --uzl-campus-card-name-size - Font size of the campus names (default 1.25em).
 * @cssprop --uzl-campus-card-notice-color - Accent of the notice's box (default: the error colour).
 */
export class UzlCampusCard extends UzlFeedElement<CampusesFeed> {
  static override styles = [...UzlFeedElement.styles, feedImageStyles, campusCardStyles];

  /**
   * The `id` of the campus to show (`gasthuisberg`, case-insensitive). Without it every campus
   * shows, in a grid; an id the feed does not have gives the error state.
   */
  @property({ reflect: true }) campus?: string;

  /** The result of the last Copy address, per campus id, shown beside its button. */
  @state() private copyNotes: ReadonlyMap<string, string> = new Map();

  /** The campuses' photos; one that fails to load leaves its card without one, not a broken one. */
  private readonly images = new FeedImages(this);

  private copyTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor() {
    super(campusesFeedSpec);
  }

  protected override itemCount(feed: CampusesFeed): number {
    return this.shown(feed).length;
  }

  /** The `campus` attribute as an id to look up, or '' for all campuses. */
  private get wanted(): string {
    return this.campus?.trim().toLowerCase() ?? '';
  }

  /** The campuses to show: the one asked for (none when the feed does not have it), or all. */
  private shown(feed: CampusesFeed): Campus[] {
    if (!this.wanted) return feed.campuses;
    const id = matchId(
      this,
      'campus',
      this.campus,
      feed.campuses.map((c) => c.id),
    );
    return feed.campuses.filter((c) => c.id === id).slice(0, 1);
  }

  /** An id the feed does not have is an error (`shown` warns of it); an empty feed is the empty state. */
  protected override checkData(feed: CampusesFeed): FeedError | undefined {
    if (!this.wanted || feed.campuses.length === 0 || this.shown(feed).length > 0) return undefined;
    return new UnknownCampusError(this.campus!.trim());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('campus') && this.hasUpdated) this.feed.recheck();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const timer of this.copyTimers.values()) clearTimeout(timer);
    this.copyTimers.clear();
  }

  protected override describeError(error: FeedError): string {
    return error instanceof UnknownCampusError
      ? msg('This campus could not be found.', {
          id: 'campus.unknown',
          desc: 'Campus card: shown instead of the card when the page asks for a campus the feed does not have. One short sentence; wraps.',
        })
      : super.describeError(error);
  }

  protected override renderEmpty(): TemplateResult {
    return emptyView(
      msg('No campus information at the moment.', {
        id: 'campus.empty',
        desc: 'Campus card: shown instead of the cards when the feed has no campus. One short sentence; wraps.',
      }),
    );
  }

  protected override renderData(feed: CampusesFeed): TemplateResult {
    const campuses = this.shown(feed);
    if (this.wanted)
      return html`<div class="cell">${this.renderCard(campuses[0]!, 0, false)}</div>`;
    return html`<ul class="grid" role="list">
      ${campuses.map(
        (campus, index) => html`<li class="cell">${this.renderCard(campus, index, true)}</li>`,
      )}
    </ul>`;
  }

  private renderCard(campus: Campus, index: number, inGrid: boolean): TemplateResult {
    const lang = this.resolvedLang;
    const base = this.feed.baseUrl;
    const nameId = `name-${index}`;
    const name = pickLocalized(campus.name, lang);
    const { address } = campus;
    const tel = phoneHref(campus.phone, address.country);
    const email = campus.email ? safeUrl(`mailto:${campus.email}`, 'link') : undefined;
    const access = safeUrl(campus.url, 'link', base);
    const imageSrc = this.images.src(campus.image, base);
    const hours = pickLocalized(campus.visitingHours, lang);
    const notice = pickLocalized(campus.notice, lang);
    const note = this.copyNotes.get(campus.id) ?? '';
    // In a grid, each card's identical link texts are told apart by the campus's name.
    const describedBy = inGrid ? nameId : nothing;
    // The labels are written right against </dt>: a line break there is a space before the
    // colon the style adds ("Phone :"), seen and read by screen readers (issue #30's tree).
    const phoneLabel = msg('Phone', {
      id: 'campus.phone',
      desc: 'Campus card: label before the phone number, in a narrow label column. One word, about 12 characters.',
    });
    const emailLabel = msg('E-mail', {
      id: 'campus.email',
      desc: 'Campus card: label before the e-mail address, in a narrow label column. One word, about 12 characters.',
    });
    const hoursLabel = msg('Visiting hours', {
      id: 'campus.visiting-hours',
      desc: 'Campus card: label before the visiting hours, in a narrow label column. About 16 characters; may wrap to two lines.',
    });
    return html`<article
      class=${imageSrc ? 'card has-image' : 'card'}
      part="card"
      aria-labelledby=${nameId}
    >
      <div class="inner">
        ${imageSrc && campus.image ? this.images.render(campus.image, imageSrc, lang) : nothing}
        <div class="body">
          ${renderHeading(this.level, name.text, {
            class: 'name',
            part: 'name',
            id: nameId,
            lang: name.lang,
          })}
          ${
            notice.text
              ? html`<p class="notice" part="notice" lang=${ifDefined(notice.lang)}>
                  ${notice.text}
                </p>`
              : nothing
          }
          <address class="address" part="address">
            <span class="line">${address.street}</span>
            <span class="line">${address.postalCode} ${address.locality}</span>
          </address>
          <dl class=${lang === 'fr' ? 'facts fr' : 'facts'}>
            <div class="fact">
              <dt>${phoneLabel}</dt>
              <dd>
                ${
                  tel
                    ? html`<a class="link" part="phone" href=${tel}>${campus.phone}</a>`
                    : html`<span part="phone">${campus.phone}</span>`
                }
              </dd>
            </div>
            ${
              email
                ? html`<div class="fact">
                    <dt>${emailLabel}</dt>
                    <dd><a class="link" href=${email}>${campus.email}</a></dd>
                  </div>`
                : nothing
            }
            ${
              hours.text
                ? html`<div class="fact">
                    <dt>${hoursLabel}</dt>
                    <dd lang=${ifDefined(hours.lang)}>${hours.text}</dd>
                  </div>`
                : nothing
            }
          </dl>
          <div class="actions" part="actions">
            ${
              access
                ? html`<a class="action" href=${access} aria-describedby=${describedBy}
                    >${msg('Access and facilities', { id: 'campus.access', desc: "Campus card: link to the campus's page on getting there and its facilities. Link text, one line, about 25 characters." })}</a
                  >`
                : nothing
            }
            <a class="action" href=${mapHref(campus)} aria-describedby=${describedBy}
              >${msg('Open in map', { id: 'campus.map', desc: 'Campus card: button-styled link that opens the address in a map service. Button label, about 15 characters.' })}</a
            >
            <button
              type="button"
              class="action copy"
              aria-describedby=${describedBy}
              data-campus=${campus.id}
              @click=${this.onCopy}
            >
              ${msg('Copy address', { id: 'campus.copy', desc: "Campus card: button that copies the campus's address to the clipboard. Button label, about 15 characters." })}
            </button>
          </div>
          <p class="copy-note">${note}</p>
        </div>
      </div>
    </article>`;
  }

  private readonly onCopy = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset['campus'] ?? '';
    void this.copyAddress(id);
  };

  /** Copies the campus's address and says so beside the button and in the live region. */
  private async copyAddress(id: string): Promise<void> {
    const campus = this.feed.value?.campuses.find((c) => c.id === id);
    if (!campus) return;
    const lang = this.resolvedLang;
    let copied = false;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(addressLine(campus.address, lang));
      copied = true;
    } catch {
      copied = false;
    }
    const note = this.localize(() =>
      copied
        ? msg('Address copied.', {
            id: 'campus.copied',
            desc: 'Campus card: short note next to the buttons (and announced) after the address was copied. Two or three words.',
          })
        : msg('The address could not be copied. Select it and copy it yourself.', {
            id: 'campus.copy-failed',
            desc: 'Campus card: note under the buttons when the browser refused to copy the address. One or two short sentences; wraps.',
          }),
    );
    this.setCopyNote(id, note);
    this.announcer.say(note);
  }

  private setCopyNote(id: string, note: string): void {
    clearTimeout(this.copyTimers.get(id));
    this.copyTimers.delete(id);
    const notes = new Map(this.copyNotes);
    if (note) {
      notes.set(id, note);
      this.copyTimers.set(
        id,
        setTimeout(() => this.setCopyNote(id, ''), COPY_NOTE_MS),
      );
    } else notes.delete(id);
    this.copyNotes = notes;
  }
}
