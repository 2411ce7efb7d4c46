// Translation completeness: every msg() in src/ must have a nl and a fr target.
// `lit-localize extract` adds any new message to locales/*.xlf (without a target, for the
// translator); `lit-localize build` regenerates src/generated/locales/. Then any unit
// without a <target> fails the check, naming its id and English text.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const lit = (command) =>
  execFileSync('node_modules/.bin/lit-localize', [command], { stdio: 'pipe' });
lit('extract');

let missing = 0;
for (const lang of ['nl', 'fr']) {
  const xliff = readFileSync(`locales/${lang}.xlf`, 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      console.error(`locales/${lang}.xlf: no ${lang} translation for "${id}" (${source})`);
      missing++;
    }
  }
}
if (missing > 0) {
  console.error(
    `${missing} message(s) without translation: add a <target> in locales/*.xlf, then run this again.`,
  );
  process.exit(1);
}
lit('build');
// The generated templates take `str` from @lit/localize's index, which also brings its
// page-wide runtime into every consumer's bundle; src/core/localize.ts avoids it on purpose.
for (const lang of ['nl', 'fr']) {
  const file = `src/generated/locales/${lang}.ts`;
  const code = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    code.replace(
      /import \{\s*str\s*\} from '@lit\/localize';/,
      "import { str } from '@lit/localize/internal/str-tag.js';",
    ),
  );
}
console.log('translations: every message has nl and fr');
