// <uzl-ai-publications> with every attribute as a control (see support/playground.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../src/ai-publications/uzl-ai-publications.js';
import { playground } from '../support/playground.js';

const { meta: base, story } = playground(
  'ai-publications',
  'A partner uses it on a research page: news and publications together, or only one of them in a narrow column.',
);

const meta: Meta = { ...base, title: 'Playground/AI publications' };
export default meta;

export const Playground: StoryObj = story;
