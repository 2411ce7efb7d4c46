/**
 * What `uzl-widgets validate` does with its arguments, from reading the feed to the printed
 * report, as a function (./main.ts prints it; a test runs it in-process, built twice). It
 * checks a feed before it is published, with the widgets' own schemas and validator, and says
 * what a widget would do with it.
 *
 * Exit codes: 0 every item is shown, 1 the feed is invalid or an item is skipped, 2 the feed
 * cannot be read (or the command was not used right).
 */
import { parseArgs } from 'node:util';
import { checkFeed, exitCodeOf } from './check-feed.js';
import { runConvert } from './convert/convert-command.js';
import { KIND_NAMES, type KindName } from './feed-kinds.js';
import { formatJson, formatText, type Outcome } from './print-report.js';
import { readFeed } from './read-feed.js';

const USAGE = `Usage: uzl-widgets validate <file-or-URL> [--kind <kind>] [--json]

Checks a feed for the uzl-widgets elements before it is published, with the
same schemas and the same checks as the widgets, and says what a widget would
do with it: every problem with its place in the feed (items[3].date), the
items a widget would skip and why, and warnings that hide nothing (a text
missing in one of nl, en and fr, an image without its size, a date far away).

  <file-or-URL>   the feed: a file, or an http:// or https:// address
  --kind <kind>   the kind of feed: ${KIND_NAMES.join(', ')}
                  (without it, the kind is recognised from the feed's shape)
  --json          print the report as JSON, for CI
  -h, --help      print this help

Making a feed from RSS, Atom, JSON Feed, iCalendar, CSV or a bibliography:
  uzl-widgets convert --help

The embed service (embed pages, oEmbed, the built files):
  uzl-widgets serve --help

Exit codes:
  0  a widget shows every item of the feed
  1  the feed is invalid, or a widget would skip one of its items
  2  the feed cannot be read (no such file, an HTTP error, not JSON),
     or the command was not used right
`;

/** What the command prints and its exit code. */
export interface Printed {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const usageError = (message: string, json: boolean): Printed =>
  json
    ? {
        stdout: `${JSON.stringify({ result: 'usage', exitCode: 2, message }, null, 2)}\n`,
        stderr: '',
        exitCode: 2,
      }
    : { stdout: '', stderr: `uzl-widgets: ${message}\n\n${USAGE}`, exitCode: 2 };

/** Runs the command on its arguments (without `node` and the script). */
export async function run(args: string[]): Promise<Printed> {
  if (args[0] === 'convert') return runConvert(args.slice(1));
  const json = args.includes('--json');
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        kind: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message, json);
  }
  const { values, positionals } = parsed;
  const [command, ...sources] = positionals;
  if (values.help || command === 'help') return { stdout: USAGE, stderr: '', exitCode: 0 };
  if (command === undefined) return usageError('say what to do: validate <file-or-URL>', json);
  if (command !== 'validate')
    return usageError(
      `unknown command "${command}": the commands are validate, convert and serve`,
      json,
    );
  if (sources.length !== 1)
    return usageError(
      sources.length === 0 ? 'give the feed to check: a file or a URL' : 'give one feed at a time',
      json,
    );
  const kind = values.kind;
  if (kind !== undefined && !KIND_NAMES.includes(kind as KindName))
    return usageError(`--kind must be one of ${KIND_NAMES.join(', ')}, not "${kind}"`, json);

  const source = sources[0]!;
  const read = await readFeed(source);
  let outcome: Outcome;
  if ('unreadable' in read) outcome = { source, exitCode: 2, unreadable: read.unreadable };
  else {
    const report = checkFeed(read.json, {
      ...(kind ? { kind: kind as KindName } : {}),
      base: read.base,
      today: new Date().toISOString().slice(0, 10),
    });
    outcome = { source, exitCode: exitCodeOf(report), report };
  }
  return {
    stdout: values.json ? formatJson(outcome) : formatText(outcome),
    stderr: '',
    exitCode: outcome.exitCode,
  };
}
