// The Loading, Empty and Error stories every widget has: the same three states, told the same
// way, differing only in the empty feed, what the placeholder reserves, and a few args.
import type { StoryObj } from '@storybook/web-components-vite';
import { holdNeverAnsweringFeed, NEVER_ANSWERING_FEED } from './never-answering-feed.js';
import { whenToUse } from './when-to-use.js';

interface StateArgs {
  src?: string;
  data?: unknown;
  timeout?: number;
}

export interface StateStoriesConfig<Args extends StateArgs> {
  /** The widget's feed with nothing in it, given as `data`. */
  empty: NonNullable<Args['data']>;
  /** A sentence added to the Loading story's description: what the placeholder reserves. */
  reserves?: string;
  /** Args the Loading story needs besides `src` and `timeout` (a width, say). */
  loadingArgs?: Partial<Args>;
}

// Not variants a partner chooses: what a partner's visitors see before and instead of the
// content, for a designer to check that it fits the page.
const LOADING =
  'What a partner’s visitors see while the feed is on its way (check that the room it keeps fits the page): the real element, waiting for a feed that does not answer. For the time of this story, `fetch` holds back every request for `data/feed-that-never-answers.json` (and only that URL), and `timeout` is a day.';
const EMPTY =
  'What a partner’s visitors see when the feed has nothing in it (a new tag, a quiet month): one sentence in the widget’s language, in the room the content would take.';
const ERROR =
  'What a partner’s visitors see when the feed cannot be read: the feed is not found (404); the message, Retry, and the page author’s fallback link inside the tag.';

const described = (story: string) => ({ parameters: whenToUse(story) });

/**
 * The three state stories for a widget's stories file. Export them under the names the sidebar
 * knows, and write the Error story's `name` in the file itself: Storybook's indexer reads a
 * story's name from the exported object literal, not from a value made elsewhere.
 *
 *     const states = stateStories<Args>({ empty: { version: 1, items: [] } });
 *     export const Loading: Story = states.Loading;
 *     export const Empty: Story = states.Empty;
 *     export const ErrorState: Story = { ...states.Error, name: 'Error' };
 */
export function stateStories<Args extends StateArgs>(
  config: StateStoriesConfig<Args>,
): { Loading: StoryObj<Args>; Empty: StoryObj<Args>; Error: StoryObj<Args> } {
  return {
    Loading: {
      args: { src: NEVER_ANSWERING_FEED, timeout: 86_400, ...config.loadingArgs } as Partial<Args>,
      ...described([LOADING, config.reserves].filter(Boolean).join(' ')),
      beforeEach: holdNeverAnsweringFeed,
    },
    Empty: { args: { data: config.empty } as Partial<Args>, ...described(EMPTY) },
    Error: {
      args: { src: 'data/missing.json' } as Partial<Args>,
      ...described(ERROR),
    },
  };
}
