// <uzl-ai-publications> with each section, domain choice and state. The feeds are the demo
// page's own (`data/ai-publications.json`, served from demo/data), made here from it, or
// generated (stories/support/synthetic-publications.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoFeed from '../demo/data/ai-publications.json' with { type: 'json' };
import type { AiSections } from '../src/ai-publications/ai-publications.js';
import type {
  AiPublicationsFeed,
  Publication,
} from '../src/ai-publications/ai-publications-feed.js';
import '../src/ai-publications/uzl-ai-publications.js';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../test/helpers/hostile.js';
import { stateStories } from './support/state-stories.js';
import { syntheticPublicationsFeed } from './support/synthetic-publications.js';
import { screenReaderDocs } from './support/screen-reader.js';
import { whenToUse } from './support/when-to-use.js';

interface Args {
  src?: string;
  data?: AiPublicationsFeed;
  sections: AiSections;
  domain: string;
  limit: number;
  headingLevel: number;
  syncUrl: boolean;
  theme?: 'light' | 'dark' | 'auto';
  timeZone: string;
  width?: number;
  lang?: string;
  timeout?: number;
}

const demo = demoFeed as AiPublicationsFeed;

/** 5,000 generated publications, with the demo's news beside them. */
const fiveThousand: AiPublicationsFeed = {
  ...syntheticPublicationsFeed(5000),
  news: demo.news,
};

/** Forty authors: the list stops after six with "et al.". */
const fortyAuthors = Array.from(
  { length: 40 },
  (_, i) =>
    `${['Van den Berghe', 'Lefèvre', 'Müller', 'Sánchez', 'Çelik'][i % 5]} ${'ABCDEFGH'[i % 8]}`,
);

/** Publications missing every optional field, with extreme or hostile values in the others. */
const hostilePublications: Publication[] = [
  {
    id: 'forty-authors',
    title: 'A publication with forty authors, of whom the first six are listed',
    authors: fortyAuthors,
    journal: 'European Respiratory Journal',
    year: 2024,
    doi: '10.5555/uzl-story.forty-authors',
  },
  {
    id: 'no-authors',
    title: 'A publication without authors',
    journal: 'Critical Care',
    year: 2022,
    doi: '10.5555/uzl-story.no-authors',
  },
  {
    id: 'no-year',
    title: 'A publication without a year: listed after every dated one',
    authors: ['Peeters J', 'Dubois C'],
    journal: 'Chest',
    doi: '10.5555/uzl-story.no-year',
  },
  {
    id: 'no-doi',
    title: 'A publication without a DOI or link: the title is plain text',
    authors: ['Janssens L'],
    journal: 'Scientific Reports',
    year: 2023,
  },
  {
    id: 'title-only',
    title: 'Only a title: no authors, journal, year, DOI or link',
  },
  {
    id: 'unbroken',
    title:
      'Pneumonoultramicroscopicsilicovolcanoconiosisclassificationwithconvolutionalneuralnetworksonhighresolutioncomputedtomographyofthechestinamulticentrecohort',
    authors: ['Sánchez-Villalobos de la Fuente-Hernández MJ'],
    journal:
      'Journal of Artificial Intelligence in Pulmonology, Thoracic Imaging and Respiratory Physiology',
    year: 2025,
    doi: '10.5555/uzl-story.averyveryveryveryveryveryveryveryveryveryveryverylongsuffixwithoutanybreak',
  },
  {
    id: 'hostile',
    title: HOSTILE_TEXT.join(' '),
    authors: [HOSTILE_TEXT[0]!],
    journal: HOSTILE_TEXT[2]!,
    year: 2021,
    url: HOSTILE_URLS[0]!,
    doi: '10.5555/uzl-story.hostile',
    summary: {
      en: 'The title, author and journal are markup shown as text; the link is a javascript: URL, dropped, so the title links to the DOI.',
    },
  },
];

/** Long domain labels, in each language, beside a short one and an empty domain. */
const hostile: AiPublicationsFeed = {
  version: 1,
  news: [
    {
      id: 'long-news',
      date: '2025-11-20',
      title:
        'Kindergeneeskundigeoncologieafdelingsverpleegkundigenteamvergadering over artificiële intelligentie',
      summary: HOSTILE_TEXT[1]!,
      url: HOSTILE_URLS[3]!,
    },
    ...demo.news.slice(0, 2),
  ],
  domains: [
    {
      id: 'long-label',
      label: {
        nl: 'Neus-, keel- en oorziekten, hoofd- en halschirurgie, audiologie, vestibulologie en slaapgeneeskunde bij kinderen en volwassenen',
        en: 'Otorhinolaryngology, head and neck surgery, audiology, vestibular medicine and sleep medicine in children and adults',
        fr: 'Oto-rhino-laryngologie, chirurgie cervico-faciale, audiologie, vestibulologie et médecine du sommeil chez l’enfant et l’adulte',
      },
      publications: hostilePublications,
    },
    {
      id: 'unbroken-label',
      label:
        'Kinderneurochirurgieexpertisecentrumsamenwerkingsverbandkunstmatigeintelligentieonderzoek',
      publications: [hostilePublications[0]!],
    },
    { id: 'short', label: { nl: 'Long', en: 'Lung', fr: 'Poumon' }, publications: [] },
  ],
};

const meta: Meta<Args> = {
  title: 'Widgets/AI publications',
  component: 'uzl-ai-publications',
  args: {
    sections: 'both',
    domain: '',
    limit: 5,
    headingLevel: 3,
    syncUrl: false,
    timeZone: '',
  },
  argTypes: {
    sections: { control: 'inline-radio', options: ['both', 'news', 'publications'] },
    domain: {
      control: 'select',
      options: ['', ...demo.domains.map((d) => d.id)],
    },
    limit: { control: { type: 'number', min: 1, max: 50 } },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 5 } },
    syncUrl: { name: 'sync-url', control: 'boolean' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    timeZone: { name: 'time-zone', control: 'text' },
    width: { control: { type: 'number', min: 280, max: 1400 } },
    lang: { control: 'inline-radio', options: [undefined, 'nl', 'en', 'fr'] },
    data: { control: false },
  },
  render: (args) =>
    html`<div lang=${ifDefined(args.lang)} style=${args.width ? `max-width: ${args.width}px` : ''}>
      <uzl-ai-publications
        src=${ifDefined(args.src)}
        .data=${args.data}
        sections=${args.sections}
        domain=${ifDefined(args.domain || undefined)}
        limit=${args.limit}
        heading-level=${args.headingLevel}
        ?sync-url=${args.syncUrl}
        theme=${ifDefined(args.theme)}
        time-zone=${ifDefined(args.timeZone || undefined)}
        timeout=${ifDefined(args.timeout)}
      >
        <a href="https://www.uzleuven.be/nl">AI research at UZ Leuven</a>
      </uzl-ai-publications>
    </div>`,
  parameters: {
    docs: {
      description: {
        component:
          'UZ Leuven’s work on AI in medicine: news, newest first, and scientific publications per medical domain, in the page’s language (switch it with the globe in the toolbar). Choose a domain in the filter (each with its count) or open domains one by one; the search looks in titles, authors and journals, ignoring accents. With `sync-url` the chosen domain goes into the page URL as `#domain=<id>`.' +
          '\n\n' +
          screenReaderDocs('ai-publications'),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const BothSections: Story = {
  args: { src: 'data/ai-publications.json' },
  parameters: whenToUse(
    'The default, for a partner’s research or innovation page: news beside the publications on wide elements, above them on narrow ones. Every domain starts closed.',
  ),
};

export const NewsOnly: Story = {
  args: { src: 'data/ai-publications.json', sections: 'news', limit: 3 },
  parameters: whenToUse(
    'For a partner’s news block about AI in medicine, without the publication list: `sections="news"`, three at a time (`limit="3"`).',
  ),
};

export const PublicationsOnly: Story = {
  args: { src: 'data/ai-publications.json', sections: 'publications' },
  parameters: whenToUse(
    'For a research department’s page that lists papers, not news: `sections="publications"`.',
  ),
};

export const DomainChosen: Story = {
  args: { src: 'data/ai-publications.json', domain: 'respiratory-diseases' },
  parameters: whenToUse(
    'For a department’s own page (here respiratory diseases): `domain="respiratory-diseases"` opens the filter on its domain, newest first.',
  ),
};

export const EmptyDomainChosen: Story = {
  args: { src: 'data/ai-publications.json', domain: 'emergency-medicine' },
  parameters: whenToUse(
    'What a department sees when it points the widget at a domain without publications yet (`domain="emergency-medicine"`): it says so, and the other domains stay a click away.',
  ),
};

export const FiveThousandPublications: Story = {
  name: '5,000 publications',
  args: { data: fiveThousand },
  parameters: whenToUse(
    'For a partner that embeds the whole registry. Synthetic data: 5,000 made-up publications (generated by `stories/support/synthetic-publications.ts`; the DOIs use the test prefix 10.5555 and do not resolve), spread unevenly over the domains.',
  ),
};

export const FiveThousandPublicationsOneDomain: Story = {
  name: '5,000 publications, one domain',
  args: { data: fiveThousand, sections: 'publications', domain: 'respiratory-diseases' },
  parameters: whenToUse(
    'For a department’s page on the whole registry: synthetic data, as above, with the biggest domain chosen: 20 publications, then "Show 20 more".',
  ),
};

export const Narrow: Story = {
  args: { src: 'data/ai-publications.json', domain: 'respiratory-diseases', width: 320 },
  parameters: whenToUse(
    'For a sidebar or a phone: at 320 px the news sits above the publications.',
  ),
};

export const Dutch: Story = {
  args: { src: 'data/ai-publications.json', domain: 'intensive-medicine', lang: 'nl' },
  parameters: whenToUse(
    'For a partner’s Dutch pages (`lang="nl"`, or the page’s own `lang`): labels, dates and counts in Dutch.',
  ),
};
export const French: Story = {
  args: { src: 'data/ai-publications.json', domain: 'intensive-medicine', lang: 'fr' },
  parameters: whenToUse(
    'For a partner’s French pages (`lang="fr"`): labels, dates and counts in French.',
  ),
};
export const English: Story = {
  args: { src: 'data/ai-publications.json', domain: 'intensive-medicine', lang: 'en' },
  parameters: whenToUse(
    'For a partner’s English pages (`lang="en"`): labels, dates and counts in English.',
  ),
};

export const DarkTheme: Story = {
  args: { src: 'data/ai-publications.json', domain: 'respiratory-diseases', theme: 'dark' },
  parameters: whenToUse(
    'For a partner whose page is dark whatever the visitor’s setting: `theme="dark"` paints the widget dark on its own box.',
  ),
};

const states = stateStories<Args>({
  empty: { version: 1, news: [], domains: [] },
});
export const Loading: Story = states.Loading;
export const Empty: Story = states.Empty;
export const ErrorState: Story = { ...states.Error, name: 'Error' };

export const HostileAndLongContent: Story = {
  args: { data: hostile, domain: 'long-label' },
  parameters: whenToUse(
    'What a partner’s page shows when the feed holds the worst it can: a long domain label, a publication with 40 authors (six, then "et al."), one without authors, year or DOI, a very long unbroken title and DOI, and markup and a `javascript:` link that must show as text and be dropped.',
  ),
};

export const HostileAndLongContentAllDomains: Story = {
  args: { data: hostile },
  parameters: whenToUse(
    'What a partner’s page shows when the feed has long labels: the same feed with every domain closed, long and unbroken labels in the toggles.',
  ),
};

export const HostileAndLongContentNarrow: Story = {
  args: { data: hostile, domain: 'unbroken-label', width: 320 },
  parameters: whenToUse(
    'The same feed in a partner’s sidebar or on a phone: 320 px, with the domain whose label is one unbroken word chosen.',
  ),
};
