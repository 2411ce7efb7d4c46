/**
 * The command's output: a report for people (plain text) and the same as JSON for CI.
 */
import type { FeedReport } from './check-feed.js';
import type { Unreadable } from './read-feed.js';

/** What one run found: either why the feed cannot be read, or the report on it. */
export type Outcome =
  | { source: string; exitCode: 2; unreadable: Unreadable }
  | { source: string; exitCode: 0 | 1; report: FeedReport };

export type Result = 'ok' | 'skipped' | 'invalid' | 'unreadable';

export function resultOf(outcome: Outcome): Result {
  if ('unreadable' in outcome) return 'unreadable';
  if (outcome.report.problems.length > 0) return 'invalid';
  return outcome.report.skipped.length > 0 ? 'skipped' : 'ok';
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 30;

/** The line where JSON stops, cut around the column on a long (minified) line, with a caret under it. */
function pointAt(line: number, column: number, text: string): string[] {
  const chars = [...text];
  const from = Math.max(0, column - 1 - CONTEXT_BEFORE);
  const to = Math.min(chars.length, column - 1 + CONTEXT_AFTER);
  const before = chars.slice(from, column - 1);
  const shownLine = `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
  // The caret lines up under tabs too: the padding keeps the line's own tabs.
  const pad = `${from > 0 ? ' ' : ''}${before.map((char) => (char === '\t' ? '\t' : ' ')).join('')}`;
  const gutter = String(line);
  return [`    ${gutter} | ${shownLine}`, `    ${' '.repeat(gutter.length)} | ${pad}^`];
}

function unreadableText(unreadable: Unreadable): string[] {
  if (unreadable.reason === 'json' && unreadable.line !== undefined) {
    return [
      'Cannot read the feed: it is not JSON.',
      `  line ${unreadable.line}, column ${unreadable.column}: ${unreadable.message.replace(/^it is not JSON: /, '')}`,
      ...(unreadable.lineText
        ? pointAt(unreadable.line, unreadable.column!, unreadable.lineText)
        : []),
    ];
  }
  return [`Cannot read the feed: ${unreadable.message}.`];
}

export function reportText(report: FeedReport): string[] {
  const lines: string[] = [];
  if (report.kind)
    lines.push(
      `Feed kind: ${report.kind}, read by <${report.element}> (${report.kindFrom === 'option' ? 'as --kind says' : 'recognised from its shape'}).`,
    );
  for (const note of report.notes) lines.push(`Note: ${note}`);

  if (report.problems.length > 0) {
    lines.push(
      '',
      `${plural(report.problems.length, 'problem')}: a widget shows an error message instead of this feed.`,
      ...report.problems.map((p) => `  ${p.path}: ${p.message}`),
    );
  }
  if (report.skipped.length > 0) {
    lines.push(
      '',
      `${plural(report.skipped.length, 'item')} skipped: a widget leaves ${report.skipped.length === 1 ? 'it' : 'them'} out and shows the rest.`,
    );
    for (const item of report.skipped) {
      const name = item.name ? ` "${item.name}"` : '';
      const id = item.id ? ` (id ${item.id})` : '';
      lines.push(
        `  ${item.item}${name}${id}:`,
        ...item.problems.map((p) => `    ${p.path}: ${p.message}`),
      );
    }
  }
  if (report.warnings.length > 0) {
    lines.push(
      '',
      `${plural(report.warnings.length, 'warning')}: nothing is skipped for these, but check them.`,
      ...report.warnings.map((w) => `  ${w.path}: ${w.message}`),
    );
  }
  if (report.lists.length > 0 && report.problems.length === 0) {
    lines.push(
      '',
      'Shown: ' +
        report.lists
          .map(
            (list) => `${/\w+$/.exec(list.path)?.[0] ?? list.path} ${list.shown} of ${list.total}`,
          )
          .join(', ') +
        '.',
    );
  }
  return lines;
}

function resultLine(outcome: Outcome): string {
  const code = `(exit code ${outcome.exitCode})`;
  switch (resultOf(outcome)) {
    case 'unreadable':
      return `Result: the feed cannot be read ${code}.`;
    case 'invalid':
      return `Result: invalid, a widget shows an error message instead of this feed ${code}.`;
    case 'skipped': {
      const count = 'report' in outcome ? outcome.report.skipped.length : 0;
      return `Result: ${plural(count, 'item')} would be skipped ${code}.`;
    }
    case 'ok': {
      const warnings = 'report' in outcome ? outcome.report.warnings.length : 0;
      const also = warnings ? `, with ${plural(warnings, 'warning')} to check` : '';
      return `Result: OK, a widget shows every item${also} ${code}.`;
    }
  }
}

/** The report for people. */
export function formatText(outcome: Outcome): string {
  const body =
    'unreadable' in outcome ? unreadableText(outcome.unreadable) : reportText(outcome.report);
  return [`Checking ${outcome.source}`, ...body, '', resultLine(outcome)].join('\n') + '\n';
}

/** The same, as JSON for CI. */
export function formatJson(outcome: Outcome): string {
  const common = { source: outcome.source, result: resultOf(outcome), exitCode: outcome.exitCode };
  // The line's text is for the caret of the text report; a minified feed is one long line.
  let body: object;
  if ('unreadable' in outcome)
    body = { unreadable: { ...outcome.unreadable, lineText: undefined } };
  else {
    const { kind, element, kindFrom, problems, skipped, warnings, lists, notes } = outcome.report;
    body = { kind, element, kindFrom, problems, skipped, warnings, lists, notes };
  }
  return `${JSON.stringify({ ...common, ...body }, null, 2)}\n`;
}
