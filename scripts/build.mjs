// npm run build: the package's dist/ and the element manifest, in order.
//   1. dist/*.js        per-element self-defining modules + side-effect-free classes (lit external)
//   2. dist/uzl-widgets.js  the drop-in: all elements, Lit and the three languages in one file
//   3. dist/types/      TypeScript declarations, and dist/<name>.d.ts for each element entry
//   4. custom-elements.json
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => join('node_modules', '.bin', name);

run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'bundle', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

// Each entry's declarations, next to it, so `import 'uzl-widgets/news-list.js'` is typed.
writeFileSync('dist/index.d.ts', "export * from './types/index.js';\n");
writeFileSync('dist/uzl-widgets.d.ts', "export * from './types/uzl-widgets.js';\n");
for (const name of readdirSync('src')) {
  if (existsSync(join('src', name, `uzl-${name}.ts`))) {
    writeFileSync(
      join('dist', `${name}.d.ts`),
      `export * from './types/${name}/uzl-${name}.js';\n`,
    );
  }
}

run(bin('cem'), ['analyze', '--quiet']);
console.log('build: dist/ and custom-elements.json written');
