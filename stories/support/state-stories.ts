// The Loading, Empty and Error stories every widget has: the same three states, told the same
// way, differing only in the empty feed, what the placeholder reserves, and a few args.
import type { StoryObj } from '@storybook/web-components-vite';
import { holdNeverAnsweringFeed, NEVER_ANSWERING_FEED } from './never-answering-feed.js';

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
  /** Whether the stories carry the docs descriptions (default true). */
  describe?: boolean;
}

const LOADING =
  'The real element, waiting for a feed that does not answer: for the time of this story, `fetch` holds back every request for `data/feed-that-never-answers.json` (and only that URL), and `timeout` is a day.';
const ERROR =
  'The feed is not found (404): the message, Retry, and the page author’s fallback link inside the tag.';

const described = (story: string | false) =>
  story ? { parameters: { docs: { description: { story } } } } : {};

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
  const describe = config.describe ?? true;
  return {
    Loading: {
      args: { src: NEVER_ANSWERING_FEED, timeout: 86_400, ...config.loadingArgs } as Partial<Args>,
      ...described(describe && [LOADING, config.reserves].filter(Boolean).join(' ')),
      beforeEach: holdNeverAnsweringFeed,
    },
    Empty: { args: { data: config.empty } as Partial<Args> },
    Error: {
      args: { src: 'data/missing.json' } as Partial<Args>,
      ...described(describe && ERROR),
    },
  };
}
