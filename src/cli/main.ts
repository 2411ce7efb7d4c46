/**
 * `uzl-widgets validate <file-or-URL> [--kind …] [--json]` and `uzl-widgets convert <kind> …`
 * (./convert/): the package's command (package.json
 * `bin`, built into dist/cli.js by scripts/build.mjs). It runs ./run.ts on its arguments and
 * prints what that returns. `uzl-widgets serve …` runs the embed service instead (serve.ts,
 * with its own options).
 */
import { run } from './run.js';
import { serve } from './serve.js';

const args = process.argv.slice(2);
// `serve` keeps running once it listens: it prints nothing more here and sets no exit code.
const printed = args[0] === 'serve' ? await serve(args.slice(1)) : await run(args);
if (printed) {
  process.stdout.write(printed.stdout);
  process.stderr.write(printed.stderr);
  // Not process.exit(): that could cut off output still on its way through a pipe.
  process.exitCode = printed.exitCode;
}
