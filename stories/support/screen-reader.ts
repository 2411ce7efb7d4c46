/// <reference types="vite/client" />
// "What a screen reader says": each widget's docs page shows the transcripts of its main journey
// as Orca spoke it, in nl, en and fr (docs/screen-reader/, written and checked by
// `npm run test:sr`), so the docs say what a blind visitor hears, not only what is on screen.
const transcripts = import.meta.glob<string>('../../docs/screen-reader/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const LANGS = { nl: 'Nederlands', en: 'English', fr: 'Français' } as const;

/**
 * The docs page's text for one widget: a short note and its three transcripts, each folded.
 * @param widget the tag without `uzl-` (`news-list`)
 */
export function screenReaderDocs(widget: string): string {
  const parts = Object.entries(LANGS).flatMap(([lang, name]) => {
    const text = transcripts[`../../docs/screen-reader/${widget}.${lang}.md`];
    if (!text) return [];
    // The file's own title and version line become the fold's summary.
    const body = text.replace(/^# .*\n+/, '');
    return [`<details><summary>${name}</summary>\n\n${body}\n</details>`];
  });
  return [
    '### What a screen reader says',
    '',
    `Orca reading this widget's main journey in Chromium, word for word, recorded and checked by \`npm run test:sr\` (\`docs/screen-reader/${widget}.<lang>.md\`).`,
    '',
    ...parts,
  ].join('\n');
}
