// npm run check:package: the package as npm would publish it, checked by publint (package.json
// against the files) and by Are the Types Wrong (every export's types resolve, for ESM
// consumers: `--profile esm-only`, the package has no CommonJS build). Packs the current
// dist/ once (`npm run build` first) and checks that tarball with both.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);

/** The entries behind the `./*.js` pattern, which attw does not expand: one per element. */
const elementEntries = readdirSync('dist')
  .map((file) => /^uzl-([a-z-]+)\.js$/.exec(file)?.[1])
  .filter((name) => name && name !== 'widgets')
  .map((name) => `./${name}.js`);

const dir = mkdtempSync(join(tmpdir(), 'uzl-pack-'));
let failed = false;
try {
  // --ignore-scripts: check this build, do not make another (prepack would).
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const tarball = join(dir, packed.filename);
  console.log(`check:package: ${packed.filename}, ${packed.entryCount} files`);

  const checks = [
    [bin('publint'), ['run', tarball, '--strict']],
    [
      bin('attw'),
      [
        tarball,
        '--profile',
        'esm-only',
        // Our own types only; never look up @types packages on the registry.
        '--no-definitely-typed',
        '--include-entrypoints',
        ...elementEntries,
        // A stylesheet has no types to resolve.
        '--exclude-entrypoints',
        './uzl-widgets.css',
      ],
    ],
  ];
  for (const [command, args] of checks) {
    const { status } = spawnSync(command, args, { stdio: 'inherit' });
    if (status !== 0) failed = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
