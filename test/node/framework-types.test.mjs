// uzl-widgets/jsx and uzl-widgets/vue, as a React or Vue project gets them: the fixtures in
// test/types/ import the package by its name, which TypeScript resolves through package.json
// `exports` to the built dist/ (a package may import itself by name), and use every tag with
// right values, which must pass, and wrong ones marked @ts-expect-error / @vue-expect-error,
// which must keep failing. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

function typeCheck(tool, project) {
  for (const file of ['dist/jsx.d.ts', 'dist/vue.d.ts', 'dist/index.d.ts'])
    assert.ok(existsSync(file), `${file} is missing: run \`npm run build\` first`);
  const result = spawnSync(join('node_modules', '.bin', tool), ['-p', project], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `${tool} -p ${project}:\n${result.stdout}${result.stderr}`);
}

test('uzl-widgets/jsx types the tags in React 19 JSX: right values pass, wrong ones fail (tsc, strict)', () => {
  typeCheck('tsc', 'test/types/react/tsconfig.json');
});

test('uzl-widgets/vue types the tags in Vue templates: right values pass, wrong ones fail (vue-tsc, strictTemplates)', () => {
  typeCheck('vue-tsc', 'test/types/vue/tsconfig.json');
});
