// <uzl-event-calendar> with every attribute as a control (see support/playground.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../src/event-calendar/uzl-event-calendar.js';
import { playground } from '../support/playground.js';

const { meta: base, story } = playground(
  'event-calendar',
  'A partner uses it to list info sessions and courses: the month grid on a wide events page, the list view in a column or on a phone.',
);

const meta: Meta = { ...base, title: 'Playground/Event calendar' };
export default meta;

export const Playground: StoryObj = story;
