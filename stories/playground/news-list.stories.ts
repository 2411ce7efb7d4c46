// <uzl-news-list> with every attribute as a control (see support/playground.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../src/news-list/uzl-news-list.js';
import { playground } from '../support/playground.js';

const { meta: base, story } = playground(
  'news-list',
  'A partner uses it to show UZ Leuven news on a page of its own: a list in the main column, a grid on a landing page, compact in a sidebar.',
);

const meta: Meta = { ...base, title: 'Playground/News list' };
export default meta;

export const Playground: StoryObj = story;
