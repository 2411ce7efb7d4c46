// Feeds made by `uzl-widgets convert` from the real-world fixtures, at request time, by the
// built command (dist/cli.js) as a publisher would run it:
//
//   GET /__converted/cases            every case of test/fixtures/convert/*/cases.json
//   GET /__converted/<area>/<index>   that case's feed, converted now (JSON), or 500 with what
//                                     the command printed when it wrote nothing
//
// A case is `{ name, kind, args, tag, attributes, shows }` (test/fixtures/convert/README.md).
// Each feed is converted once per server and kept in a temp dir the process removes on exit.
// Refused with 503 when dist/ is older than src/, like the other built pages.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { refusedAsStale } from './host-pages.mjs';

const run = promisify(execFile);
const FIXTURES = 'test/fixtures/convert';
const PREFIX = '/__converted/';

/** Every area's cases, each with its area and index. */
function allCases() {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'cases.json')))
    .flatMap((entry) =>
      JSON.parse(readFileSync(join(FIXTURES, entry.name, 'cases.json'), 'utf8')).map(
        (c, index) => ({ ...c, area: entry.name, index }),
      ),
    );
}

export function convertedFeeds() {
  let dir;
  /** @type {Map<string, Promise<{ ok: boolean, body: string }>>} */
  const converted = new Map();
  const convert = (c) => {
    dir ??= mkdtempSync(join(tmpdir(), 'uzl-converted-'));
    const out = join(dir, `${c.area}-${c.index}.json`);
    return run(process.execPath, ['dist/cli.js', 'convert', c.kind, ...c.args, '-o', out])
      .then(() => ({ ok: true, body: readFileSync(out, 'utf8') }))
      .catch((error) => ({
        ok: false,
        body: `uzl-widgets convert ${c.kind} ${c.args.join(' ')} wrote nothing (exit code ${error.code}):\n${error.stderr}${error.stdout}`,
      }));
  };
  process.once('exit', () => dir && rmSync(dir, { recursive: true, force: true }));

  return async function convertedFeedsMiddleware(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    if (refusedAsStale(ctx)) return;
    ctx.set('Cache-Control', 'no-store');
    const rest = ctx.path.slice(PREFIX.length);
    const cases = allCases();
    if (rest === 'cases') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(cases);
      return;
    }
    const [area, index] = rest.split('/');
    const c = cases.find((one) => one.area === area && String(one.index) === index);
    if (!c) return next();
    const key = `${area}/${index}`;
    if (!converted.has(key)) converted.set(key, convert(c));
    const { ok, body } = await converted.get(key);
    ctx.status = ok ? 200 : 500;
    ctx.type = ok ? 'application/json' : 'text/plain';
    ctx.body = body;
  };
}
