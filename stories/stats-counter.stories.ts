// <uzl-stats-counter> with each option and in each state. The feed is the demo page's own
// (`data/stats.json`, served from demo/data) or made here from it.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoStats from '../demo/data/stats.json' with { type: 'json' };
import type { StatsFeed } from '../src/stats-counter/stats-feed.js';
import '../src/stats-counter/uzl-stats-counter.js';
import { stateStories } from './support/state-stories.js';
import { screenReaderDocs } from './support/screen-reader.js';
import { whenToUse } from './support/when-to-use.js';

interface Args {
  src?: string;
  data?: StatsFeed;
  items: string;
  duration: number;
  notation: 'standard' | 'compact';
  noAnimation: boolean;
  headingLevel: number;
  timeout?: number;
}

/** The demo feed with the year its figures refer to, as the caption then shows it. */
const withYear: StatsFeed = { ...(demoStats as StatsFeed), year: 2024 };

/** Decimals, units, descriptions, long labels and a large number. */
const varied: StatsFeed = {
  version: 1,
  year: 2024,
  source: {
    nl: 'Jaarverslag UZ Leuven',
    en: 'UZ Leuven annual report',
    fr: 'Rapport annuel UZ Leuven',
  },
  stats: [
    {
      id: 'satisfaction',
      value: 92.4,
      unit: '%',
      label: { nl: 'Tevreden patiënten', en: 'Satisfied patients', fr: 'Patients satisfaits' },
      description: {
        nl: 'Patiëntenbevraging bij ontslag.',
        en: 'Patient survey at discharge.',
        fr: 'Enquête auprès des patients à la sortie.',
      },
    },
    {
      id: 'lab-tests',
      value: 12_345_678,
      label: {
        nl: 'Laboratoriumanalyses uitgevoerd in het klinisch laboratorium',
        en: 'Laboratory tests carried out by the clinical laboratory',
        fr: 'Analyses effectuées par le laboratoire clinique',
      },
    },
    { id: 'beds', value: 1995, label: { nl: 'Bedden', en: 'Beds', fr: 'Lits' } },
  ],
};

const meta: Meta<Args> = {
  title: 'Widgets/Stats counter',
  component: 'uzl-stats-counter',
  args: {
    items: '',
    duration: 1500,
    notation: 'standard',
    noAnimation: false,
    headingLevel: 3,
  },
  argTypes: {
    items: { control: 'text' },
    duration: { control: { type: 'number', min: 0, max: 10000, step: 100 } },
    notation: { control: 'inline-radio', options: ['standard', 'compact'] },
    noAnimation: { name: 'no-animation', control: 'boolean' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    data: { control: false },
  },
  render: (args) =>
    html`<uzl-stats-counter
      src=${ifDefined(args.src)}
      .data=${args.data}
      items=${ifDefined(args.items || undefined)}
      duration=${args.duration}
      notation=${args.notation}
      ?no-animation=${args.noAnimation}
      heading-level=${args.headingLevel}
      timeout=${ifDefined(args.timeout)}
    >
      <a href="https://www.uzleuven.be/nl">UZ Leuven key figures</a>
    </uzl-stats-counter>`,
  parameters: {
    docs: {
      description: {
        component:
          'UZ Leuven’s key figures, counting up from 0 the first time the element is half in view, in the page’s language (switch it with the globe in the toolbar). One to six figures a row, by the element’s width. Screen readers hear the final values only; with reduced motion or `no-animation` they show at once.' +
          '\n\n' +
          screenReaderDocs('stats-counter'),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const AllFigures: Story = {
  args: { src: 'data/stats.json' },
  parameters: whenToUse(
    'For a partner’s about or press page: every key figure, counting up once as it comes into view.',
  ),
};

export const WithYear: Story = {
  args: { data: withYear },
  parameters: whenToUse(
    'For an annual report or a page that must say which year the figures are from: a feed with a `year`, and the caption reads "Key figures 2024".',
  ),
};

export const ChosenSubset: Story = {
  args: { src: 'data/stats.json', items: 'staff,consultations' },
  parameters: whenToUse(
    'For a page that needs only a few figures (a staff or a careers page): `items="staff,consultations"`, only those figures, in that order.',
  ),
};

export const Compact: Story = {
  args: { src: 'data/stats.json', notation: 'compact' },
  parameters: whenToUse(
    'For a narrow banner or a small tile: the language’s short form, 782K, 782k, 782 k.',
  ),
};

export const NoAnimation: Story = {
  args: { data: withYear, noAnimation: true },
  parameters: whenToUse(
    'For a page that must not move (a kiosk, a print view): `no-animation` shows the final values at once, as every visitor who asks for reduced motion gets them.',
  ),
};

export const SlowCount: Story = {
  args: { data: withYear, duration: 5000 },
  parameters: whenToUse(
    'For a hero block where the count-up is the show: `duration="5000"` counts for five seconds (visitors who ask for reduced motion see the final values at once).',
  ),
};

export const DecimalsUnitsAndLongLabels: Story = {
  args: { data: varied },
  parameters: whenToUse(
    'For figures that are not plain counts (a percentage, a unit, a long label): decimals and units in the language’s own format, long labels wrapping.',
  ),
};

export const Narrow: Story = {
  args: { data: withYear },
  render: (args, context) =>
    html`<div style="max-width: 280px">${meta.render!(args, context)}</div>`,
  parameters: whenToUse('For a sidebar or a phone: one figure a row at 280 px.'),
};

const states = stateStories<Args>({
  empty: { version: 1, stats: [] },
  reserves:
    'The placeholder reserves about the height the figures will take, from the width and `items`.',
});
export const Loading: Story = states.Loading;
export const Empty: Story = states.Empty;
export const ErrorState: Story = { ...states.Error, name: 'Error' };
