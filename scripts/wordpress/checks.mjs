// What the WordPress lane checks, in the order a site would see it: who may post what, the
// Author's snippet stripped, then in each browser the Author's embed URLs (one per widget,
// scripts/wordpress/embeds.mjs) shown as the widgets in frames and the Administrator's Custom
// HTML block rendering the news list in the page.
// The functions passed to tab.top run in the browser.
/* global document, customElements */
import { WIDGETS } from '../registry.mjs';
import { launchChromium, launchFirefox } from '../lane/browsers.mjs';
import { checkFrame, checkItemLink, embedUrls } from './embeds.mjs';
import { deepText, poll } from '../lane/in-page.mjs';
import { exampleAttributes } from './shown.mjs';

const NEWS = WIDGETS.find((w) => w.id === 'news-list');
const TAG = NEWS.tag;
/** The snippet's `limit`: the registry's example for the news list (`limit="3"`). */
const LIMIT = Number(exampleAttributes(NEWS.example).limit);

/** The script snippet as the embed builder writes it, pointing at the embed service. */
export function scriptSnippet(serviceOrigin, feeds) {
  return [
    `<link rel="stylesheet" href="${serviceOrigin}/uzl-widgets.css" />`,
    `<script type="module" src="${serviceOrigin}/uzl-widgets.js"></script>`,
    '',
    `<${TAG} src="${feeds.url(NEWS.feed.kind)}" lang="fr" limit="${LIMIT}">`,
    `  <a href="${feeds.origin}/article.html?id=more">Actualités de l'UZ Leuven</a>`,
    `</${TAG}>`,
  ].join('\n');
}

/**
 * @param {{ siteUrl: string, users: { admin: import('./site.mjs').Rest, author: import('./site.mjs').Rest },
 *   service: { origin: string }, feeds: import('./services.mjs').Feeds,
 *   log: (line: string) => void }} context
 * @returns {Promise<{ failed: number }>}
 */
export async function runChecks({ users, service, feeds, log }) {
  let failed = 0;
  /** Runs one check; a thrown error fails it with its message. */
  const check = async (/** @type {string} */ name, /** @type {() => Promise<string>} */ body) => {
    const started = Date.now();
    try {
      const detail = await body();
      log(`  ok   ${name}: ${detail} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed += 1;
      log(`  FAIL ${name}: ${error instanceof Error ? error.message : error}`);
    }
  };
  /** @type {{ items: { date: string, title: Record<string, string>, url: string }[] }} */
  const news = feeds.feed(NEWS.feed.kind);
  const newest = [...news.items].sort((a, b) => b.date.localeCompare(a.date)).slice(0, LIMIT);
  const titles = newest.map((item) => item.title.fr);
  const snippet = scriptSnippet(service.origin, feeds);

  const [author, admin] = [await users.author.me(), await users.admin.me()];
  await check('roles', async () => {
    if (author.capabilities.unfiltered_html || !author.roles.includes('author'))
      throw new Error(
        `the Author has ${JSON.stringify(author.roles)}, unfiltered_html ${author.capabilities.unfiltered_html}`,
      );
    if (!admin.capabilities.unfiltered_html)
      throw new Error('the Administrator lacks unfiltered_html');
    return 'an Author without unfiltered_html, an Administrator with it (REST, application passwords)';
  });

  const stripped = await users.author.publish('Snippet by an Author', snippet);
  await check('Author, script snippet', async () => {
    const kept = stripped.content.rendered;
    for (const gone of ['<script', `<${TAG}`, '<link'])
      if (kept.includes(gone)) throw new Error(`${gone} survived: ${kept}`);
    return `WordPress stripped <script>, <link> and <${TAG}>; the post keeps ${JSON.stringify(kept.replace(/\s+/g, ' ').trim())}`;
  });

  // One post, each widget's embed URL alone on its line, as an Author pastes them.
  const embeds = embedUrls(service.origin, feeds);
  const embedded = await users.author.publish(
    'Embed URLs by an Author',
    `Nos widgets :\n\n${embeds.map((e) => e.url).join('\n\n')}\n\nFin.`,
  );
  const direct = await users.admin.publish(
    'Custom HTML block by an Administrator',
    `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`,
  );
  if (!direct.content.raw.includes('<script'))
    throw new Error("the Administrator's <script> did not reach the database");

  for (const launch of [launchChromium, launchFirefox]) {
    const engine = await launch();
    try {
      const tab = await engine.open();
      await check(`${engine.name}, Author's snippet post`, async () => {
        await tab.goto(stripped.link);
        const found = await tab.top(
          ({ tag, origin }) => ({
            tags: document.querySelectorAll(tag).length,
            scripts: document.querySelectorAll(`script[src^="${origin}"]`).length,
          }),
          { tag: TAG, origin: service.origin },
        );
        if (found.tags || found.scripts) throw new Error(`the page has ${JSON.stringify(found)}`);
        return `no <${TAG}>, no script from the service on the published page`;
      });
      await tab.goto(embedded.link);
      for (const embed of embeds)
        await check(`${engine.name}, Author's embed URL, <${embed.widget.tag}>`, () =>
          checkFrame(tab, embed, feeds.feed(embed.widget.feed.kind)),
        );
      const newsEmbed = embeds.find((e) => e.widget === NEWS);
      await check(`${engine.name}, Author's embed URL, an item's link`, () =>
        checkItemLink(tab, newsEmbed, { title: newest[0].title.fr, url: newest[0].url }),
      );
      await check(`${engine.name}, Administrator's Custom HTML block`, async () => {
        await tab.goto(direct.link);
        const { value, ok } = await poll(
          async () => ({
            defined: await tab.top((tag) => Boolean(customElements.get(tag)), TAG),
            text: (await tab.top(deepText, TAG)) ?? '',
          }),
          (v) => v.defined && titles.every((t) => v.text.includes(t)),
          20000,
        );
        if (!ok)
          throw new Error(
            `defined ${value.defined}, text ${JSON.stringify(value.text.slice(0, 300))}`,
          );
        return `<${TAG}> defined in the page itself, with the ${LIMIT} newest French titles`;
      });
      await tab.close();
    } finally {
      await engine.close();
    }
  }
  return { failed };
}
