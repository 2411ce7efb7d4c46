/**
 * Why a feed can or cannot be shown, told to the person building the snippet: the request
 * goes through the widgets' own `requestFeed` (so it fails the way the widget does, with the
 * same timeout and retries, and shares one request with the preview), and the answer through
 * the widgets' own validator, listing every problem and every item a widget would skip, not
 * only the first few the widget's error names.
 */
import { FeedError, type FeedErrorKind } from '../../src/core/feed-error.js';
import { isAbort, requestFeed } from '../../src/core/feed-request.js';
import { validate, type SkippedItem } from '../../src/core/schema-validator.js';
import { issueMessage, pathText, type ValidationIssue } from '../../src/core/validation-issue.js';
import { WIDGETS, WIDGET_IDS, type WidgetId } from './widgets.js';

export type FeedCheck =
  | { status: 'none' }
  | { status: 'checking' }
  | {
      status: 'ok';
      /** Items the widget leaves out, each with every problem in it. */
      skipped: SkippedItem[];
    }
  | {
      status: 'failed';
      kind: FeedErrorKind;
      /** The HTTP status, for kind `http`. */
      httpStatus?: number;
      /** The developer's message (English), as `uzl-error` carries it. */
      message: string;
      /** Every problem the validator found, for kind `invalid`. */
      problems: ValidationIssue[];
      /** The other widget whose feed this is, when it is one. */
      otherWidget?: WidgetId;
      /** The feed's origin, when it is not this page's (a CORS hint for kind `network`). */
      foreignOrigin?: string;
      /** The timeout per attempt, for kind `timeout`. */
      seconds?: number;
    };

export interface FeedCheckInput {
  widget: WidgetId;
  /** The feed's absolute URL. */
  url: string;
  credentials: RequestCredentials;
  /** Seconds per attempt. */
  timeout: number;
}

function foreignOrigin(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    return origin === location.origin ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** The widget among the others whose schema takes this JSON, if any. */
async function otherWidgetFor(json: unknown, widget: WidgetId): Promise<WidgetId | undefined> {
  const others = WIDGET_IDS.filter((id) => id !== widget);
  const schemas = await Promise.all(others.map((id) => WIDGETS[id].schema()));
  return others.find((_, i) => validate(schemas[i]!, json).errors.length === 0);
}

export async function checkFeed(input: FeedCheckInput, signal: AbortSignal): Promise<FeedCheck> {
  const { widget, url } = input;
  const seconds = input.timeout > 0 ? input.timeout : 10;
  let json: unknown;
  try {
    ({ json } = await requestFeed(url, {
      credentials: input.credentials,
      timeoutMs: seconds * 1000,
      revalidate: false,
      signal,
    }));
  } catch (error) {
    if (isAbort(error)) throw error;
    const feedError = error instanceof FeedError ? error : new FeedError('network', String(error));
    return {
      status: 'failed',
      kind: feedError.kind,
      ...(feedError.status === undefined ? {} : { httpStatus: feedError.status }),
      message: feedError.message,
      problems: [],
      ...(feedError.kind === 'timeout' ? { seconds } : {}),
      ...(feedError.kind === 'network' && foreignOrigin(url)
        ? { foreignOrigin: foreignOrigin(url) }
        : {}),
    };
  }
  const result = validate(await WIDGETS[widget].schema(), json, { skipInvalidItems: true });
  if (result.errors.length === 0) return { status: 'ok', skipped: result.skipped };
  const other = await otherWidgetFor(json, widget);
  return {
    status: 'failed',
    kind: 'invalid',
    message: result.errors
      .map((issue) => `${pathText(issue.path)} ${issueMessage(issue)}`)
      .join('; '),
    problems: result.errors,
    ...(other ? { otherWidget: other } : {}),
  };
}
