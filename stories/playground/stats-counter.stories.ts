// <uzl-stats-counter> with every attribute as a control (see support/playground.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../src/stats-counter/uzl-stats-counter.js';
import { playground } from '../support/playground.js';

const { meta: base, story } = playground(
  'stats-counter',
  'A partner uses it to show key figures on an about page; without animation where motion would distract.',
);

const meta: Meta = { ...base, title: 'Playground/Stats counter' };
export default meta;

export const Playground: StoryObj = story;
