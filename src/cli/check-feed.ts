/**
 * The command's verdict on a parsed feed: which kind it is, what makes it invalid (a widget
 * shows its error message instead), which items a widget skips and why, and the warnings.
 * The verdict is the widgets' own: the same schema, the same validator with the same
 * skip-bad-items policy (src/core/schema-validator.ts), and the calendar's own date reading.
 * Findings are located by keys until the report is written; only then do their paths become
 * text (`items[3].date`), by the core's one `pathText`.
 */
import { pickText } from '../core/localized-text.js';
import { validate, type SkippedItem } from '../core/schema-validator.js';
import { pathText } from '../core/validation-issue.js';
import { eventChecks } from './event-checks.js';
import {
  FEED_KINDS,
  kindNamed,
  kindsByShape,
  signature,
  type FeedKind,
  type KindName,
} from './feed-kinds.js';
import { comparePaths, isWithin, valueAt, type FeedPath } from './feed-path.js';
import { feedWarnings } from './feed-warnings.js';
import { plainFinding, shown, type Finding } from './plain-messages.js';
import { walkFeed } from './schema-nodes.js';

/** A finding as the report prints it, its path written out (`items[3].date`). */
export interface ReportFinding {
  path: string;
  message: string;
}

/** An item a widget leaves out, with every problem that makes it do so. */
export interface SkippedItemReport {
  /** Where it is: `items[3]`, `domains[0].publications[2]`. */
  item: string;
  /** Its id, when it has one, to find it in the feed. */
  id?: string;
  /** Its title, name or label (in English when given per language), to recognise it. */
  name?: string;
  problems: ReportFinding[];
}

/** One list of independent items (news items, events, campuses …) and how many of them show. */
export interface ListCount {
  path: string;
  total: number;
  /** How many a widget shows: 0 when the feed is invalid (the widget shows its error instead). */
  shown: number;
}

export interface FeedReport {
  kind?: KindName;
  element?: string;
  /** Whether the kind was given with --kind or recognised from the feed's shape. */
  kindFrom?: 'option' | 'shape';
  /** What makes the whole feed invalid: a widget shows its error message instead of it. */
  problems: ReportFinding[];
  /** The items a widget skips; the rest of the feed is shown. */
  skipped: SkippedItemReport[];
  /** Valid, but worth a look. */
  warnings: ReportFinding[];
  lists: ListCount[];
  /** Remarks about the check itself (a --kind that does not fit the feed's shape). */
  notes: string[];
}

export interface CheckOptions {
  /** The kind given with --kind; otherwise it is recognised from the feed's shape. */
  kind?: KindName;
  /** What relative URLs in the feed are relative to. */
  base: string;
  /** Today, `YYYY-MM-DD`. */
  today: string;
}

/** 0 when a widget shows every item, 1 when the feed is invalid or an item is skipped. */
export const exitCodeOf = (report: FeedReport): 0 | 1 =>
  report.problems.length > 0 || report.skipped.length > 0 ? 1 : 0;

function shapeHint(): string {
  return FEED_KINDS.map(
    (kind) =>
      `${signature(kind)
        .map((key) => `"${key}"`)
        .join(' and ')} (${kind.name})`,
  ).join(', ');
}

/** The id and name of the item at `item`, to tell the editor which one it is. */
function describeItem(feed: unknown, item: FeedPath): Pick<SkippedItemReport, 'id' | 'name'> {
  const value = valueAt(feed, item);
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const found: Pick<SkippedItemReport, 'id' | 'name'> = {};
  if (typeof record['id'] === 'string' && record['id'] !== '') found.id = record['id'];
  for (const key of ['title', 'name', 'label', 'summary']) {
    const text = record[key];
    const isText =
      typeof text === 'string' ||
      (typeof text === 'object' && text !== null && !Array.isArray(text));
    const name = isText ? pickText(text, 'en') : '';
    if (name.trim() !== '') {
      found.name = shown(name.trim(), true);
      break;
    }
  }
  return found;
}

/** Nested skips (a bad publication inside a bad domain) go with the outer item. */
function foldNested(skipped: SkippedItem[]): SkippedItem[] {
  const outer = skipped.filter(
    (s) =>
      !skipped.some((t) => t !== s && t.item.length < s.item.length && isWithin(s.item, t.item)),
  );
  return outer.map((o) => ({
    item: o.item,
    // The item's own problems first, then those of the items inside it.
    problems: [o, ...skipped.filter((s) => s !== o && isWithin(s.item, o.item))].flatMap(
      (s) => s.problems,
    ),
  }));
}

const written = ({ path, message }: Finding): ReportFinding => ({ path: pathText(path), message });

function chooseKind(
  feed: unknown,
  given: KindName | undefined,
  report: FeedReport,
): FeedKind | undefined {
  const byShape = kindsByShape(feed);
  if (given) {
    const kind = kindNamed(given)!;
    const other = byShape.length === 1 && byShape[0] !== kind ? byShape[0] : undefined;
    if (other)
      report.notes.push(
        `Checked as a ${kind.name} feed (--kind), but its shape is that of a ${other.name} feed for <${other.element}>.`,
      );
    report.kindFrom = 'option';
    return kind;
  }
  if (byShape.length === 1) {
    report.kindFrom = 'shape';
    return byShape[0];
  }
  const isObject = typeof feed === 'object' && feed !== null && !Array.isArray(feed);
  report.problems.push({
    path: pathText([]),
    message:
      byShape.length > 1
        ? `could be a feed for ${byShape.map((kind) => `<${kind.element}>`).join(' or ')}: say which with --kind`
        : `${isObject ? 'has' : `is ${Array.isArray(feed) ? 'a list' : shown(feed)}, and has`} none of the lists that tell which widget it is for: ${shapeHint()}. Say which with --kind`,
  });
  return undefined;
}

/** Checks a parsed feed as the widget for its kind would. */
export function checkFeed(feed: unknown, options: CheckOptions): FeedReport {
  const report: FeedReport = { problems: [], skipped: [], warnings: [], lists: [], notes: [] };
  const kind = chooseKind(feed, options.kind, report);
  if (!kind) return report;
  report.kind = kind.name;
  report.element = kind.element;

  const { schema } = kind;
  const result = validate(schema, feed, { skipInvalidItems: true });
  // The validator's problems are in the feed's order already.
  report.problems = result.errors.map((issue) => written(plainFinding(issue, feed, schema)));
  const skipped: { item: FeedPath; problems: Finding[] }[] = foldNested(result.skipped).map(
    ({ item, problems }) => ({
      item,
      problems: problems.map((issue) => plainFinding(issue, feed, schema)),
    }),
  );
  const warnings: Finding[] = [];

  if (kind.name === 'events') {
    const more = eventChecks(feed, new Set(skipped.map(({ item }) => pathText(item))));
    skipped.push(...more.skipped);
    warnings.push(...more.warnings);
  }
  const skippedPaths = new Set(skipped.map(({ item }) => pathText(item)));
  warnings.push(
    ...feedWarnings(schema, feed, {
      skipped: skippedPaths,
      base: options.base,
      today: options.today,
    }),
  );

  // Lists inside items (the publications of each domain) are counted together, under the
  // path with its indexes left out (`domains[].publications`).
  const lists = new Map<string, ListCount>();
  walkFeed(schema, feed, ({ value, path, node }) => {
    if (skippedPaths.has(pathText(path))) return false;
    if (Array.isArray(value) && node.schema['x-skip-invalid-items']) {
      const left = skipped.filter(
        ({ item }) => item.length === path.length + 1 && isWithin(item, path),
      ).length;
      const key = pathText(path).replace(/\[\d+\]/g, '[]');
      const list = lists.get(key) ?? { path: key, total: 0, shown: 0 };
      list.total += value.length;
      list.shown += report.problems.length > 0 ? 0 : value.length - left;
      lists.set(key, list);
    }
    return true;
  });
  report.lists = [...lists.values()];

  // The skipped items and warnings come from several checks and are put in path order.
  skipped.sort((a, b) => comparePaths(a.item, b.item));
  warnings.sort((a, b) => comparePaths(a.path, b.path));
  report.skipped = skipped.map(({ item, problems }) => ({
    item: pathText(item),
    ...describeItem(feed, item),
    problems: problems.map(written),
  }));
  report.warnings = warnings.map(written);
  return report;
}
