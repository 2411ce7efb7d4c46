// <uzl-event-calendar> in each view, width and state. The feeds are the demo page's own
// (`data/events.json`, served from demo/data) or made here.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CalendarEvent, EventsFeed } from '../src/event-calendar/events-feed.js';
import '../src/event-calendar/uzl-event-calendar.js';
import { stateStories } from './support/state-stories.js';
import { screenReaderDocs } from './support/screen-reader.js';
import { whenToUse } from './support/when-to-use.js';

interface Args {
  src?: string;
  data?: EventsFeed;
  view?: 'month' | 'list';
  month?: string;
  category: string;
  campus: string;
  limit: number;
  showPast: boolean;
  timeZone: string;
  headingLevel: number;
  width?: number;
  lang?: string;
  timeout?: number;
}

const gasthuisberg = {
  campus: 'gasthuisberg',
  name: 'Campus Gasthuisberg',
  address: 'Herestraat 49, 3000 Leuven',
};

const session = (id: string, start: string, end: string, title: string): CalendarEvent => ({
  id,
  title,
  start,
  end,
  location: gasthuisberg,
});

/** 32 sessions on one day and a few around it: three show in the day, then "+29 more". */
const busy: EventsFeed = {
  version: 1,
  events: Array.from({ length: 32 }, (_, i) => {
    const hour = String(8 + (i % 10)).padStart(2, '0');
    return session(
      `busy-${i}`,
      `2026-05-12T${hour}:00:00+02:00`,
      `2026-05-12T${hour}:45:00+02:00`,
      `Consultation hour ${i + 1}`,
    );
  }),
};

/** Multi-day and all-day events, one crossing into the next month. */
const multiDay: EventsFeed = {
  version: 1,
  events: [
    {
      id: 'fair',
      title: 'Cancer care days',
      start: '2026-03-30',
      end: '2026-04-01',
      allDay: true,
      location: gasthuisberg,
    },
    { id: 'walk', title: 'Walk for patients and families', start: '2026-03-14', allDay: true },
    session(
      'course',
      '2026-03-17T09:00:00+01:00',
      '2026-03-19T17:00:00+01:00',
      'Three-day course for volunteers',
    ),
    session('talk', '2026-03-18T14:00:00+01:00', '2026-03-18T16:00:00+01:00', 'Fatigue and cancer'),
  ],
};

/** The week of 29 March 2026, when Brussels moves to summer time: every session is at 14:00 Brussels time. */
const dstWeek: EventsFeed = {
  version: 1,
  timeZone: 'Europe/Brussels',
  events: [
    session(
      'fri',
      '2026-03-27T14:00:00+01:00',
      '2026-03-27T16:00:00+01:00',
      'Before the change (UTC+1)',
    ),
    session(
      'mon',
      '2026-03-30T14:00:00+02:00',
      '2026-03-30T16:00:00+02:00',
      'After the change (UTC+2)',
    ),
    session('tue', '2026-03-31T14:00', '2026-03-31T16:00', 'Without offset: the feed’s zone'),
  ],
};

const meta: Meta<Args> = {
  title: 'Widgets/Event calendar',
  component: 'uzl-event-calendar',
  args: { category: '', campus: '', limit: 20, showPast: false, timeZone: '', headingLevel: 3 },
  argTypes: {
    view: { control: 'inline-radio', options: [undefined, 'month', 'list'] },
    month: { control: 'text' },
    category: { control: 'text' },
    campus: { control: 'text' },
    limit: { control: { type: 'number', min: 1, max: 100 } },
    showPast: { name: 'show-past', control: 'boolean' },
    timeZone: { name: 'time-zone', control: 'text' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
    width: { control: { type: 'number', min: 280, max: 1400 } },
    data: { control: false },
  },
  render: (args) =>
    html`<div lang=${ifDefined(args.lang)} style=${args.width ? `max-width: ${args.width}px` : ''}>
      <uzl-event-calendar
        src=${ifDefined(args.src)}
        .data=${args.data}
        view=${ifDefined(args.view)}
        month=${ifDefined(args.month)}
        category=${ifDefined(args.category || undefined)}
        campus=${ifDefined(args.campus || undefined)}
        limit=${args.limit}
        ?show-past=${args.showPast}
        time-zone=${ifDefined(args.timeZone || undefined)}
        heading-level=${args.headingLevel}
        timeout=${ifDefined(args.timeout)}
      >
        <a href="https://www.uzleuven.be/nl/agenda">UZ Leuven events</a>
      </uzl-event-calendar>
    </div>`,
  parameters: {
    docs: {
      description: {
        component:
          'UZ Leuven’s info sessions as a month grid (at least 560 px wide) or an agenda list (narrower), in the page’s language and Brussels time. Keyboard: arrows, Home/End (with Ctrl: the month’s first and last day), PageUp/PageDown (Shift: year), Enter/Space to open a day, Escape to close; other Ctrl, Alt and Meta chords are left to the browser and screen readers.' +
          '\n\n' +
          screenReaderDocs('event-calendar'),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Month: Story = {
  args: { src: 'data/events.json', month: '2026-01', width: 1000 },
  parameters: whenToUse(
    'For a partner’s events page with the full width: the month at a glance, a click for the details.',
  ),
};
export const MonthNarrow: Story = {
  args: { src: 'data/events.json', month: '2026-01', view: 'month', width: 320 },
  parameters: whenToUse(
    'For a partner that wants the month grid even in a narrow column (`view="month"` at 320 px): compact days, details on a click.',
  ),
};
export const List: Story = {
  args: { src: 'data/events.json', view: 'list', showPast: true, width: 1000 },
  parameters: whenToUse(
    'For a partner that lists what is coming (`view="list"`), in a column or beside other content.',
  ),
};
export const ListNarrow: Story = {
  args: { src: 'data/events.json', showPast: true, width: 320 },
  parameters: whenToUse(
    'For a sidebar or a phone: no `view`, and below 560 px the list is the default.',
  ),
};
export const FilteredByCategory: Story = {
  args: { src: 'data/events.json', month: '2026-02', category: 'cancer-care', width: 1000 },
  parameters: whenToUse(
    'For a department’s page that shows only its own sessions: `category="cancer-care"`.',
  ),
};
export const BusyDay: Story = {
  args: { data: busy, month: '2026-05', width: 1000 },
  parameters: whenToUse(
    'What a partner’s month looks like on a busy day: more sessions than fit in the cell, the rest behind “+N more”.',
  ),
};
export const MultiDayAndAllDay: Story = {
  args: { data: multiDay, month: '2026-03', width: 1000 },
  parameters: whenToUse(
    'For a partner whose calendar has events of several days (a congress) and all-day events: they show on each of their days, beside timed sessions.',
  ),
};
export const DaylightSavingWeek: Story = {
  args: { data: dstWeek, month: '2026-03', width: 1000 },
  parameters: whenToUse(
    'For a partner abroad or with visitors in another time zone: every session at 14:00 in Brussels across the change; set `time-zone` to America/New_York to see them move.',
  ),
};
export const Dutch: Story = {
  args: { src: 'data/events.json', month: '2026-01', width: 1000, lang: 'nl' },
  parameters: whenToUse(
    'For a partner’s Dutch pages (`lang="nl"`): month, weekdays and times in Dutch.',
  ),
};
export const French: Story = {
  args: { src: 'data/events.json', month: '2026-01', width: 1000, lang: 'fr' },
  parameters: whenToUse(
    'For a partner’s French pages (`lang="fr"`): month, weekdays and times in French.',
  ),
};
export const English: Story = {
  args: { src: 'data/events.json', month: '2026-01', width: 1000, lang: 'en' },
  parameters: whenToUse(
    'For a partner’s English pages (`lang="en"`): month, weekdays and times in English.',
  ),
};
const states = stateStories<Args>({
  empty: { version: 1, events: [] },
  loadingArgs: { width: 1000 },
});
export const Loading: Story = states.Loading;
export const Empty: Story = states.Empty;
export const ErrorState: Story = { ...states.Error, name: 'Error' };
