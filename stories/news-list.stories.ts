// <uzl-news-list> in each layout and state. The feeds are the demo page's own
// (`data/news.json`, served from demo/data) or made here from it.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoNews from '../demo/data/news.json' with { type: 'json' };
import type { NewsFeed, NewsItem } from '../src/news-list/news-feed.js';
import '../src/news-list/uzl-news-list.js';
import { stateStories } from './support/state-stories.js';
import { screenReaderDocs } from './support/screen-reader.js';
import { whenToUse } from './support/when-to-use.js';

interface Args {
  src?: string;
  data?: NewsFeed;
  layout: 'list' | 'grid' | 'compact';
  limit: number;
  tag: string;
  headingLevel: number;
  linkTarget: '_self' | '_blank';
  timeout?: number;
}

const news = demoNews as NewsFeed;
const IMAGES = ['data/images/news-1.svg', 'data/images/news-2.svg', 'data/images/news-3.svg'];

/** The demo feed with links and pictures, as a CMS would publish it. */
const withImages: NewsFeed = {
  ...news,
  items: news.items.map((item, i) => ({
    ...item,
    url: `https://www.uzleuven.be/nl/nieuws/${item.id}`,
    image: {
      src: IMAGES[i % IMAGES.length]!,
      // Every third picture says what it shows; the others are decorative.
      ...(i % 3 === 0
        ? { alt: { nl: 'Illustratie', en: 'Illustration', fr: 'Illustration' } }
        : {}),
      width: 1200,
      height: 675,
    },
  })),
};

/** Long titles, long words, no summary, and pictures that are missing or fail to load. */
const longTitles: NewsFeed = {
  version: 1,
  items: [
    {
      id: 'long-1',
      date: '2025-12-18',
      title: {
        nl: 'Multidisciplinair team van UZ Leuven en KU Leuven ontwikkelt een nieuwe, minimaal invasieve behandeling voor patiënten met complexe aangeboren hartafwijkingen die tot nu toe meerdere open-hartoperaties nodig hadden',
        en: 'Multidisciplinary team from UZ Leuven and KU Leuven develops a new, minimally invasive treatment for patients with complex congenital heart defects who until now needed several open-heart operations',
        fr: 'Une équipe multidisciplinaire de l’UZ Leuven et de la KU Leuven met au point un nouveau traitement mini-invasif pour les patients atteints de malformations cardiaques congénitales complexes qui nécessitaient jusqu’ici plusieurs opérations à cœur ouvert',
      },
      url: 'https://www.uzleuven.be/nl/nieuws',
      image: { src: 'data/images/does-not-exist.jpg', width: 1200, height: 675 },
    },
    {
      id: 'long-2',
      date: '2025-12-10',
      title:
        'Pneumonoultramicroscopicsilicovolcanoconiosis-onderzoek: kinderneurochirurgie-expertisecentrumsamenwerking',
      summary:
        'A summary with one very long word that must wrap rather than overflow the card: Kindergeneeskundigeoncologieafdelingsverpleegkundigenteamvergadering.',
    },
    {
      id: 'long-3',
      date: '2025-11-30',
      title: { en: 'A short title next to the long ones, without picture or summary' },
      url: 'https://www.uzleuven.be/en',
    },
    {
      id: 'long-4',
      date: '2025-11-02',
      title: {
        nl: 'Een beeld dat niet laadt: het bericht toont zonder beeld, niet met een gebroken icoon',
        en: 'A picture that fails to load: the item shows without it, not with a broken icon',
      },
      summary: {
        nl: 'Zolang het beeld laadt, blijft de ruimte ervoor gereserveerd.',
        en: 'While the picture loads, its space stays reserved.',
      },
      image: {
        src: 'data/images/missing.png',
        alt: { nl: 'Campus Gasthuisberg', en: 'Gasthuisberg campus' },
      },
    },
  ],
};

/** 200 items, in random order: the widget sorts them and pages through them with "Show more". */
function manyItems(count: number): NewsFeed {
  const items: NewsItem[] = Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2025, 11, 18) - i * 86_400_000 * 1.5);
    const n = i + 1;
    return {
      id: `generated-${n}`,
      date: date.toISOString().slice(0, 10),
      title: {
        nl: `Nieuwsbericht ${n} van UZ Leuven`,
        en: `UZ Leuven news item ${n}`,
        fr: `Actualité ${n} de l’UZ Leuven`,
      },
      summary: {
        nl: `Samenvatting van bericht ${n}.`,
        en: `Summary of item ${n}.`,
        fr: `Résumé de l’actualité ${n}.`,
      },
      url: `https://www.uzleuven.be/nl/nieuws/${n}`,
      ...(n % 4 === 0 ? { image: { src: IMAGES[n % 3]!, width: 1200, height: 675 } } : {}),
    };
  });
  // A fixed shuffle: the feed's order is not the order shown.
  items.sort(
    (a, b) => ((Number(a.id.slice(10)) * 7919) % 211) - ((Number(b.id.slice(10)) * 7919) % 211),
  );
  return { version: 1, moreUrl: 'https://www.uzleuven.be/nl/nieuws', items };
}

const meta: Meta<Args> = {
  title: 'Widgets/News list',
  component: 'uzl-news-list',
  args: {
    layout: 'list',
    limit: 5,
    tag: '',
    headingLevel: 3,
    linkTarget: '_self',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    limit: { control: { type: 'number', min: 1, max: 50 } },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    linkTarget: { name: 'link-target', control: 'inline-radio', options: ['_self', '_blank'] },
    tag: { control: 'text' },
    data: { control: false },
  },
  render: (args) =>
    html`<uzl-news-list
      src=${ifDefined(args.src)}
      .data=${args.data}
      layout=${args.layout}
      limit=${args.limit}
      tag=${ifDefined(args.tag || undefined)}
      heading-level=${args.headingLevel}
      link-target=${args.linkTarget}
      timeout=${ifDefined(args.timeout)}
    >
      <a href="https://www.uzleuven.be/nl/nieuws">UZ Leuven news</a>
    </uzl-news-list>`,
  parameters: {
    docs: {
      description: {
        component:
          'UZ Leuven’s latest news, newest first, in the page’s language (switch it with the globe in the toolbar). "Show more" reveals the next `limit` items; "More news" links to the feed’s `moreUrl`.' +
          '\n\n' +
          screenReaderDocs('news-list'),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = {
  args: { src: 'data/news.json' },
  parameters: whenToUse(
    'The default: a partner uses it in the main column of a news or department page.',
  ),
};

export const ListWithImages: Story = {
  args: { data: withImages },
  parameters: whenToUse(
    'For a partner’s news page where the pictures carry the story: a small picture beside the title on narrow widths, a bigger one on the left once there is room.',
  ),
};

export const Grid: Story = {
  args: { data: withImages, layout: 'grid', limit: 6 },
  parameters: whenToUse(
    'For a landing page or a home page block: as many columns as the element’s width allows (`--uzl-news-list-column-width`, default 16rem); one at 320 px.',
  ),
};

export const GridWithoutImages: Story = {
  args: { src: 'data/news.json', layout: 'grid', limit: 6 },
  parameters: whenToUse(
    'For a grid on a page that keeps pictures out (a text-only intranet, a light page): the same cards with title, date and summary only.',
  ),
};

export const Compact: Story = {
  args: { src: 'data/news.json', layout: 'compact' },
  render: (args, context) =>
    html`<div style="max-width: 22rem">${meta.render!(args, context)}</div>`,
  parameters: whenToUse('For a sidebar or a footer column: title and date only.'),
};

export const FilteredByTag: Story = {
  args: { src: 'data/news.json', tag: 'research', limit: 3 },
  parameters: whenToUse(
    'For a partner’s page on one subject (`tag="research"`): only the news that concerns it.',
  ),
};

const states = stateStories<Args>({
  empty: { version: 1, items: [] },
  reserves:
    'The placeholder reserves about the height the list will take, from `limit` and `layout`.',
});
export const Loading: Story = states.Loading;
export const Empty: Story = states.Empty;
export const ErrorState: Story = { ...states.Error, name: 'Error' };

export const LongTitlesAndMissingImages: Story = {
  args: { data: longTitles, layout: 'grid' },
  parameters: whenToUse(
    'What a partner’s grid looks like on a bad day: very long titles and pictures that fail to load keep the cards in line. Check it before choosing the grid for a narrow column.',
  ),
};

export const LongTitlesInAList: Story = {
  args: { data: longTitles },
  parameters: whenToUse(
    'The same long titles in the list a partner uses in a main column: they wrap, nothing overflows.',
  ),
};

export const TwoHundredItems: Story = {
  args: { data: manyItems(200), limit: 10 },
  parameters: whenToUse(
    'For a partner’s news archive page with a long feed: 200 items given in shuffled order, shown newest first, ten at a time.',
  ),
};

export const NewTabLinks: Story = {
  args: { data: withImages, linkTarget: '_blank', headingLevel: 2 },
  parameters: whenToUse(
    'For a page whose visitors must not leave it (a portal, a kiosk): `link-target="_blank"` opens each item in a new tab, and `heading-level="2"` fits the widget under the page’s h1.',
  ),
};
