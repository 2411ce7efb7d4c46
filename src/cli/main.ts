/**
 * `uzl-widgets validate <file-or-URL> [--kind …] [--json]`: the package's command (package.json
 * `bin`, built into dist/cli.js by scripts/build.mjs). It runs ./run.ts on its arguments and
 * prints what that returns.
 */
import { run } from './run.js';

const printed = await run(process.argv.slice(2));
process.stdout.write(printed.stdout);
process.stderr.write(printed.stderr);
// Not process.exit(): that could cut off output still on its way through a pipe.
process.exitCode = printed.exitCode;
