/**
 * What every converter of `uzl-widgets convert` takes and gives: the inputs as text (each with
 * the language and AI domain the command line gave it), the options, and the feed it makes.
 * A converter parses; it does not validate (the command checks its result with the widgets'
 * own validator before anything is written) and it does not print.
 */
import type { KindName } from '../feed-kinds.js';

export const LANGS = ['nl', 'en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** One input as written on the command line: `[<lang>:][domain=<id>:]<file-or-URL>`. */
export interface InputSpec {
  /** The input exactly as given, to name it in messages. */
  given: string;
  /** The file path or http(s) URL. */
  source: string;
  /** The language given with a `nl:`/`en:`/`fr:` prefix; else the feed says it, else --lang. */
  lang?: Lang;
  /** For the AI page: the medical domain its publications belong to (`domain=cardiology:`). */
  domain?: string;
}

/** An input read: its text (UTF-8, without a byte-order mark) and where it came from. */
export interface SourceText {
  spec: InputSpec;
  text: string;
  /**
   * The input's own address, for resolving relative URLs when the feed gives no base of its
   * own: the final URL after redirects, or a `file:` URL for a file.
   */
  url: string;
  /** The Content-Type the server sent, for a URL. */
  contentType?: string;
}

export interface ConvertOptions {
  kind: KindName;
  /** The language of inputs that neither have a prefix nor say it themselves (--lang). */
  lang?: Lang;
  /** Recurring events are expanded from here … (--from; default a month before today). */
  from: Date;
  /** … up to here (--until; default a year after today). */
  until: Date;
  /** How the numbers of a CSV file are written (--decimal); else found from the file. */
  decimal?: 'comma' | 'dot';
  /** The AI domains' labels, `id,label_nl,label_en,label_fr` (--domains), read. */
  domainLabels?: SourceText;
  /** Now, for the defaults above and for anything dated relative to today. */
  now: Date;
}

/** A converted feed and what the command should tell about how it was made. */
export interface Converted {
  feed: Record<string, unknown>;
  /** One line per remark, e.g. `nl:news-nl.rss: RSS 2.0, 10 items`. */
  notes: string[];
}

export type Converter = (inputs: SourceText[], options: ConvertOptions) => Promise<Converted>;

/**
 * Why nothing can be converted, said in plain words and naming the input:
 * - `unreadable`: an input cannot be read, or is not of a format the kind reads (not XML, not
 *   iCalendar …): exit code 2, as `validate` for a feed that is not JSON;
 * - `unconvertible`: it is, but its content cannot become a feed (an ambiguous number, no
 *   language for an input): exit code 1;
 * - `usage`: the command was not used right: exit code 2, with the help.
 */
export type ConvertFailure = 'unreadable' | 'unconvertible' | 'usage';

export class ConvertError extends Error {
  constructor(
    message: string,
    readonly failure: ConvertFailure = 'unconvertible',
  ) {
    super(message);
    this.name = 'ConvertError';
  }

  get exitCode(): 1 | 2 {
    return this.failure === 'unconvertible' ? 1 : 2;
  }
}
