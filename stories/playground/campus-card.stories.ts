// <uzl-campus-card> with every attribute as a control (see support/playground.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../src/campus-card/uzl-campus-card.js';
import { playground } from '../support/playground.js';

const { meta: base, story } = playground(
  'campus-card',
  'A partner uses it to show how to reach a campus: one campus on a contact page, all of them on a page of locations.',
);

const meta: Meta = { ...base, title: 'Playground/Campus card' };
export default meta;

export const Playground: StoryObj = story;
