/**
 * `uzl-widgets serve`: the embed service (src/serve/handler.ts) on Node, through srvx's Node
 * adapter (bundled into dist/cli.js by the build). It serves the installed package's own built
 * files: dist/ is the folder this file is built into, custom-elements.json the one beside it.
 */
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHandler } from '../serve/handler.js';
import { manifestAttributes } from '../serve/manifest.js';
import type { Printed } from './main.js';

export const SERVE_USAGE = `Usage: uzl-widgets serve [--port <n>] [--host <name>] [--base-url <URL>]
                         [--allow <origin>]…

Serves the widgets where a script tag cannot go: an embed page per widget
(paste its URL on its own line in WordPress or Drupal, or frame it), an oEmbed
provider that lets a CMS find it, and this package's built files.

  --port <n>          the port to listen on (default 8787)
  --host <name>       the address to listen on (default 127.0.0.1; 0.0.0.0 for
                      every interface)
  --base-url <URL>    the service's public URL, as visitors reach it (default
                      http://<host>:<port>/); every URL it writes starts with it
  --allow <origin>    an origin the feeds come from or their links lead to, such
                      as https://www.uzleuven.be; repeat it for each. Embed pages
                      load feeds only from these (and the service itself), and
                      /go sends visitors only to them
  -h, --help          print this help

URLs: /embed?widget=<id>&src=<feed>&lang=nl|en|fr&more=<page>&<attribute>=…,
/oembed?url=<embed URL>&format=json, /go?to=<URL>, and /<file> from dist/.
It stops on Ctrl+C (SIGINT) or SIGTERM.
`;

/** dist/, the folder dist/cli.js is in, with a trailing separator. */
const DIST = fileURLToPath(new URL('./', import.meta.url));

/** A file of dist/ by its path there; undefined for anything else (a folder, outside dist/). */
async function readBuilt(path: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const full = resolve(DIST, path);
  if (!full.startsWith(DIST.endsWith(sep) ? DIST : DIST + sep)) return undefined;
  try {
    if (!(await stat(full)).isFile()) return undefined;
    return new Uint8Array(await readFile(full));
  } catch {
    return undefined;
  }
}

const usageError = (message: string): Printed => ({
  stdout: '',
  stderr: `uzl-widgets serve: ${message}\n\n${SERVE_USAGE}`,
  exitCode: 2,
});

/**
 * Starts the service, or says why not. Resolves once it listens (printing its URL), with
 * nothing to print; it then runs until SIGINT or SIGTERM.
 */
export async function serve(args: string[]): Promise<Printed | undefined> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'base-url': { type: 'string' },
        allow: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (values.help) return { stdout: SERVE_USAGE, stderr: '', exitCode: 0 };
  const port = Number(values.port ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return usageError(`--port must be a port number, not "${values.port}"`);
  const host = values.host ?? '127.0.0.1';
  const baseUrl =
    values['base-url'] ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;

  let fetch;
  try {
    const manifest: unknown = JSON.parse(
      readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'),
    );
    fetch = createHandler({
      baseUrl,
      allow: values.allow ?? [],
      readFile: readBuilt,
      attributes: manifestAttributes(manifest),
    });
  } catch (error) {
    return usageError((error as Error).message);
  }

  // Loaded here, so `validate` does not load the server at all.
  const { serve: listen } = await import('srvx');
  // Quiet, and no signal handling of its own: this command says what it does and stops below.
  const server = listen({ fetch, port, hostname: host, silent: true, gracefulShutdown: false });
  await server.ready();
  process.stdout.write(
    `uzl-widgets serve: listening on ${server.url ?? `http://${host}:${port}/`}, public URL ${baseUrl}\n`,
  );
  const stop = (signal: string) => {
    process.stdout.write(`uzl-widgets serve: ${signal}, stopping\n`);
    // Open keep-alive connections are closed after a grace period, so the process ends.
    const force = setTimeout(() => void server.close(true), 3000);
    force.unref();
    void server.close().then(() => clearTimeout(force));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return undefined;
}
