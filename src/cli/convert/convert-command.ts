/**
 * `uzl-widgets convert <kind> [<lang>:]<file-or-URL>… -o <out.json>`: makes a widget's feed
 * from what a hospital already publishes (RSS, Atom, JSON Feed, iCalendar, CSV, CSL-JSON,
 * BibTeX, RIS), checks it with the widgets' own validator, and writes it only when a widget
 * would show all of it. The parsing libraries live here, in the command's bundle, never in
 * the browser's.
 *
 * Exit codes, as `validate`'s: 0 written; 1 the result would be invalid or skip an item, or an
 * input's content cannot become a feed (nothing is written); 2 an input cannot be read or is
 * not a format the kind reads, or the command was not used right.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkFeed, exitCodeOf, type FeedReport } from '../check-feed.js';
import { KIND_NAMES, kindNamed, type KindName } from '../feed-kinds.js';
import { reportText } from '../print-report.js';
import { FILE_BASE, isUrl, readText } from '../read-feed.js';
import type { Printed } from '../run.js';
import { CONVERTED_FROM, CONVERTERS, KIND_ALIASES } from './converters.js';
import {
  ConvertError,
  LANGS,
  type ConvertOptions,
  type InputSpec,
  type Lang,
  type SourceText,
} from './convert-types.js';
import { parseInputSpec } from './input-spec.js';

export const CONVERT_USAGE = `Usage: uzl-widgets convert <kind> [<lang>:]<file-or-URL>… -o <out.json>

Makes a feed for a widget from what is already published, checks it with the
widgets' own validator, and writes it only if a widget would show all of it.

  <kind>          ${KIND_NAMES.join(', ')} (or ai)
${KIND_NAMES.map((kind) => `                    ${kind}: ${CONVERTED_FROM[kind]}`).join('\n')}
  <lang>:         nl:, en: or fr: before an input says its language; without
                  it the language is the feed's own, else --lang
  domain=<id>:    (ai) the medical domain of an input's publications
  -o <out.json>   the feed to write (written whole or not at all)
  --lang <lang>   the language of inputs that do not say theirs
  --from <date>   (events) expand recurring events from this day, YYYY-MM-DD
                  (default: a month ago)
  --until <date>  (events) … up to this day (default: a year from now)
  --decimal <d>   (csv) comma or dot: how the file writes its numbers
                  (default: found from the file)
  --domains <csv> (ai) the domains' labels: id,label_nl,label_en,label_fr
  --json          print the report as JSON, for CI
  -h, --help      print this help

CSV (campuses, stats): the header row names the fields (street, postalCode,
lat, lng; image and imageAlt for a photo); a text per language as label_nl,
label_en, label_fr, or label for all. A sheet's key figures say their year and
source in the columns year and source, filled on any rows and the same
wherever filled, so a scheduled job needs no edit when the year turns.

Example:
  uzl-widgets convert news nl:news-nl.rss fr:https://example.org/fr/feed -o news.json

Exit codes:
  0  the feed is written, and a widget shows every item
  1  nothing is written: the result would be invalid or skip an item, or an
     input's content cannot become a feed (the reasons are printed)
  2  nothing is written: an input cannot be read or is not a format the kind
     reads, or the command was not used right
`;

type Result = 'written' | 'invalid' | 'unconvertible' | 'unreadable' | 'usage';

interface Outcome {
  result: Result;
  exitCode: 0 | 1 | 2;
  kind?: KindName;
  output?: string;
  message?: string;
  notes: string[];
  report?: FeedReport;
}

const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);

function parseDay(value: string, option: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new ConvertError(`${option} must be a day written YYYY-MM-DD, not "${value}"`, 'usage');
  return date;
}

const shiftMonths = (date: Date, months: number) => {
  const shifted = new Date(date);
  shifted.setUTCMonth(shifted.getUTCMonth() + months);
  return shifted;
};

async function readInput(spec: InputSpec): Promise<SourceText> {
  const read = await readText(spec.source, '*/*');
  if ('reason' in read) throw new ConvertError(`${spec.given}: ${read.message}`, 'unreadable');
  return {
    spec,
    text: read.text,
    url: isUrl(spec.source) ? read.base : pathToFileURL(resolve(spec.source)).href,
    ...(read.contentType ? { contentType: read.contentType } : {}),
  };
}

/** Writes the whole file or nothing: a server never serves half of it. */
async function writeWhole(path: string, text: string): Promise<void> {
  const temp = join(dirname(resolve(path)), `.${randomBytes(6).toString('hex')}.uzl-convert`);
  try {
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function convert(args: string[]): Promise<Outcome> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      from: { type: 'string' },
      until: { type: 'string' },
      decimal: { type: 'string' },
      domains: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const [kindGiven, ...inputsGiven] = positionals;
  const usage = (message: string) => new ConvertError(message, 'usage');
  if (kindGiven === undefined) throw usage('say which kind of feed to make');
  const kind = KIND_ALIASES[kindGiven] ?? kindNamed(kindGiven)?.name;
  if (!kind)
    throw usage(`the kind must be one of ${KIND_NAMES.join(', ')} or ai, not "${kindGiven}"`);
  if (inputsGiven.length === 0) throw usage('give at least one input: a file or a URL');
  if (!values.output) throw usage('say where to write the feed: -o <out.json>');
  if (values.lang !== undefined && !isLang(values.lang))
    throw usage(`--lang must be one of ${LANGS.join(', ')}, not "${values.lang}"`);
  if (values.decimal !== undefined && values.decimal !== 'comma' && values.decimal !== 'dot')
    throw usage(`--decimal must be comma or dot, not "${values.decimal}"`);

  const now = new Date();
  const options: ConvertOptions = {
    kind,
    now,
    from: values.from ? parseDay(values.from, '--from') : shiftMonths(now, -1),
    until: values.until ? parseDay(values.until, '--until') : shiftMonths(now, 12),
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values.decimal ? { decimal: values.decimal } : {}),
  };
  if (options.until <= options.from) throw usage('--until must be after --from');
  const specs = inputsGiven.map(parseInputSpec);
  const inputs = await Promise.all(specs.map(readInput));
  if (values.domains) options.domainLabels = await readInput(parseInputSpec(values.domains));

  const { feed, notes } = await CONVERTERS[kind](inputs, options);
  const report = checkFeed(feed, { kind, base: FILE_BASE, today: now.toISOString().slice(0, 10) });
  const output = values.output;
  if (exitCodeOf(report) !== 0)
    return { result: 'invalid', exitCode: 1, kind, output, notes, report };
  await writeWhole(output, `${JSON.stringify(feed, null, 2)}\n`);
  return { result: 'written', exitCode: 0, kind, output, notes, report };
}

function formatText(outcome: Outcome): Printed {
  const lines: string[] = [];
  if (outcome.kind) lines.push(`Converting to a feed of kind ${outcome.kind}:`);
  lines.push(...outcome.notes.map((note) => `  ${note}`));
  if (outcome.report) lines.push(...reportText(outcome.report));
  const code = `(exit code ${outcome.exitCode})`;
  lines.push('');
  switch (outcome.result) {
    case 'written':
      lines.push(`Result: wrote ${outcome.output} ${code}.`);
      break;
    case 'invalid':
      lines.push(`Result: nothing written; a widget would not show all of this feed ${code}.`);
      break;
    default:
      lines.push(`Result: nothing written; ${outcome.message} ${code}.`);
  }
  const text = `${lines.join('\n')}\n`;
  if (outcome.result === 'usage')
    return {
      stdout: '',
      stderr: `uzl-widgets: ${outcome.message}\n\n${CONVERT_USAGE}`,
      exitCode: 2,
    };
  return outcome.exitCode === 0
    ? { stdout: text, stderr: '', exitCode: 0 }
    : { stdout: '', stderr: text, exitCode: outcome.exitCode };
}

function formatJson(outcome: Outcome): Printed {
  const { report, ...rest } = outcome;
  const body = report ? { ...rest, report } : rest;
  return { stdout: `${JSON.stringify(body, null, 2)}\n`, stderr: '', exitCode: outcome.exitCode };
}

/** Runs `convert` on its arguments (those after `convert`). */
export async function runConvert(args: string[]): Promise<Printed> {
  const json = args.includes('--json');
  if (args.includes('--help') || args.includes('-h'))
    return { stdout: CONVERT_USAGE, stderr: '', exitCode: 0 };
  let outcome: Outcome;
  try {
    outcome = await convert(args);
  } catch (error) {
    // parseArgs throws a TypeError with a code for an unknown option or a missing value.
    const badArgs = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
    if (!(error instanceof ConvertError) && !badArgs) throw error;
    const failure =
      error instanceof ConvertError ? error : new ConvertError((error as Error).message, 'usage');
    outcome = {
      result: failure.failure,
      exitCode: failure.exitCode,
      message: failure.message,
      notes: [],
    };
  }
  return json ? formatJson(outcome) : formatText(outcome);
}
