// <uzl-campus-card> with one campus, all campuses, an unknown id, missing optional fields and
// each state. The feed is the demo page's own (`data/campuses.json`, served from demo/data) or
// made here from it.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoCampuses from '../demo/data/campuses.json' with { type: 'json' };
import type { Campus, CampusesFeed } from '../src/campus-card/campuses-feed.js';
import '../src/campus-card/uzl-campus-card.js';
import { stateStories } from './support/state-stories.js';
import { screenReaderDocs } from './support/screen-reader.js';
import { whenToUse } from './support/when-to-use.js';

interface Args {
  src?: string;
  data?: CampusesFeed;
  campus: string;
  headingLevel: number;
  timeout?: number;
}

const campuses = demoCampuses as CampusesFeed;
const gasthuisberg = campuses.campuses[0]!;

/** Everything the feed format allows: photo, e-mail, visiting hours and a notice. */
const complete: Campus = {
  ...gasthuisberg,
  email: 'info@uzleuven.be',
  image: {
    src: 'data/images/news-2.svg',
    alt: { nl: 'Hoofdingang', en: 'Main entrance', fr: 'Entrée principale' },
  },
  visitingHours: {
    nl: 'Elke dag van 14 tot 20 uur',
    en: 'Every day from 2 to 8 pm',
    fr: 'Tous les jours de 14 h à 20 h',
  },
  notice: {
    nl: 'Wegenwerken aan de hoofdingang: volg de omleiding via de Kapucijnenvoer.',
    en: 'Roadworks at the main entrance: follow the diversion via Kapucijnenvoer.',
    fr: 'Travaux à l’entrée principale : suivez la déviation par la Kapucijnenvoer.',
  },
};

/** Only what the feed requires: no access page, coordinates, photo, e-mail, hours or notice. */
const minimal: Campus = {
  id: 'minimal',
  name: { nl: 'Campus Sint-Rafaël', en: 'Campus Sint-Rafaël', fr: 'Campus Sint-Rafaël' },
  address: { street: 'Kapucijnenvoer 33', postalCode: '3000', locality: 'Leuven', country: 'BE' },
  phone: '016 33 22 11',
};

const meta: Meta<Args> = {
  title: 'Widgets/Campus card',
  component: 'uzl-campus-card',
  args: { campus: 'gasthuisberg', headingLevel: 3 },
  argTypes: {
    campus: { control: 'text' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    data: { control: false },
  },
  render: (args) =>
    html`<uzl-campus-card
      src=${ifDefined(args.src)}
      .data=${args.data}
      campus=${ifDefined(args.campus || undefined)}
      heading-level=${args.headingLevel}
      timeout=${ifDefined(args.timeout)}
    >
      <a href="https://www.uzleuven.be/nl/ligging-en-bereikbaarheid">Ligging en bereikbaarheid</a>
    </uzl-campus-card>`,
  parameters: {
    docs: {
      description: {
        component:
          'Where a UZ Leuven campus is and how to reach it, in the page’s language (switch it with the globe in the toolbar). "Open in map" goes to OpenStreetMap (no embedded map, no cookies); "Copy address" copies it and says so.' +
          '\n\n' +
          screenReaderDocs('campus-card'),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const OneCampus: Story = {
  args: { src: 'data/campuses.json' },
  parameters: whenToUse(
    'For a partner’s contact or route page: the one campus a visitor must reach.',
  ),
};

export const AllCampuses: Story = {
  args: { src: 'data/campuses.json', campus: '' },
  parameters: whenToUse(
    'For a partner’s “how to reach us” page that covers every site: without `campus`, every campus in a grid of as many columns as fit (`--uzl-campus-card-column-width`, default 18rem).',
  ),
};

export const Complete: Story = {
  args: { data: { version: 1, campuses: [complete] }, campus: 'gasthuisberg' },
  parameters: whenToUse(
    'For a campus whose feed entry is complete (photo, e-mail, visiting hours, a notice), on a route page with room: the photo sits above the text below 480 px of width, beside it from 480 px.',
  ),
};

export const Narrow: Story = {
  ...Complete,
  render: (args, context) =>
    html`<div style="max-width: 320px">${meta.render!(args, context)}</div>`,
  parameters: whenToUse(
    'For a sidebar or a phone: the complete card at 320 px, photo above the text.',
  ),
};

export const MissingOptionalFields: Story = {
  args: { data: { version: 1, campuses: [minimal] }, campus: 'minimal' },
  parameters: whenToUse(
    'For a site whose feed entry has only the required fields: no access page link, a map search for the address instead of coordinates, a national phone number dialled as `tel:+3216332211`.',
  ),
};

export const UnknownCampus: Story = {
  args: { src: 'data/campuses.json', campus: 'gasthuisbreg' },
  parameters: whenToUse(
    'What a partner sees after a typo in `campus`: the error state (`uzl-error` with kind `invalid`), a console warning naming the id and the ids the feed has, and the page author’s fallback link.',
  ),
};

const states = stateStories<Args>({
  empty: { version: 1, campuses: [] },
  reserves: 'The placeholder reserves about the height of the card.',
});
export const Loading: Story = states.Loading;
export const Empty: Story = states.Empty;
export const ErrorState: Story = { ...states.Error, name: 'Error' };
