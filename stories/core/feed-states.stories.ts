// The states every widget shares, shown on the core's sample element (the one the core's
// tests use: a plain list of titles). Each widget's own stories show the same states in
// its own layout; this page lets a designer judge the shared views once, in each language.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html } from 'lit';
import { UzlElement } from '../../src/core/uzl-element.js';
import { FeedError } from '../../src/core/feed-error.js';
import { emptyView, errorView, loadingView, stateStyles } from '../../src/core/state-views.js';
import '../../test/helpers/test-feed-element.js';
import { whenToUse } from '../support/when-to-use.js';

/**
 * Renders the shared state views side by side, through the same localized rendering every
 * widget uses, so the toolbar's language switch applies. The loading view cannot be held
 * on screen honestly with a real feed (it lasts as long as the request), so it is shown here.
 */
class UzlStateGallery extends UzlElement {
  static override styles = [
    ...UzlElement.styles,
    stateStyles,
    // The gallery's own headings, not part of any widget.
    css`
      h3 {
        margin: 1.5rem 0 0.5rem;
        font-size: 0.875rem;
        color: var(--_uzl-muted);
      }
    `,
  ];

  protected override render() {
    const retry = () => undefined;
    return html`
      <h3>Loading</h3>
      ${loadingView()}
      <h3>Empty</h3>
      ${emptyView()}
      <h3>Error: unreachable</h3>
      ${errorView(new FeedError('network', 'story'), retry)}
      <h3>Error: not found</h3>
      ${errorView(new FeedError('http', 'story', 404), retry)}
      <h3>Error: unreadable feed</h3>
      ${errorView(new FeedError('invalid', 'story'), retry)}
    `;
  }
}
UzlStateGallery.define('uzl-story-state-gallery');

const meta: Meta = {
  title: 'Core/Shared states',
  parameters: {
    docs: {
      description: {
        component:
          'The loading, empty and error views every widget shares, on the core’s sample element (a list of titles). Switch the language with the globe in the toolbar.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const AllViews: Story = {
  render: () => html`<uzl-story-state-gallery></uzl-story-state-gallery>`,
  parameters: whenToUse(
    'For a designer judging the shared loading, empty and error views once, in each language: every widget shows these same views in its own layout.',
  ),
};

export const Ready: Story = {
  render: () => html`<uzl-test-feed src="data/news.json"></uzl-test-feed>`,
  parameters: whenToUse(
    'The sample element with its feed loaded: what every widget’s ready state is built on, for comparing the shared views with content.',
  ),
};

export const Empty: Story = {
  render: () => html`<uzl-test-feed .data=${{ version: 1, items: [] }}></uzl-test-feed>`,
  parameters: whenToUse(
    'What every partner’s widget shows when its feed has nothing in it (a new tag, a quiet month): the shared empty view.',
  ),
};

export const ErrorWithFallbackLink: Story = {
  render: () =>
    html`<uzl-test-feed src="data/missing.json">
      <a href="https://www.uzleuven.be/en">UZ Leuven website</a>
    </uzl-test-feed>`,
  parameters: whenToUse(
    'What a partner’s page shows when the feed cannot be reached: the shared error view, Retry, and the link the page author put inside the tag.',
  ),
};

export const DarkTheme: Story = {
  render: () =>
    html`<uzl-test-feed theme="dark" src="data/news.json"></uzl-test-feed>
      <uzl-test-feed theme="dark" src="data/missing.json">
        <a href="https://www.uzleuven.be/en">UZ Leuven website</a>
      </uzl-test-feed>`,
  parameters: whenToUse(
    'For a partner whose page is dark: `theme="dark"` on the ready and the error views.',
  ),
};
