// The package as npm publishes it: `npm pack` of the current build (`npm run build` first),
// read back from the tarball, each file's bytes by its path (without npm's `package/`).
// Used by package.test.mjs and security.test.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The files of a .tgz by path (without npm's `package/` prefix), as bytes. */
export function untar(file) {
  const data = gunzipSync(readFileSync(file));
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  const text = (start, length) =>
    data.toString('utf8', start, start + length).replace(/\0.*$/s, '');
  let longName;
  for (let at = 0; at + 512 <= data.length && data[at] !== 0;) {
    const size = parseInt(text(at + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(data[at + 156] || 48);
    const body = data.subarray(at + 512, at + 512 + size);
    if (type === 'x') {
      // A PAX header: a long path for the next entry.
      longName = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    } else {
      const prefix = text(at + 345, 155);
      const name = longName ?? (prefix ? `${prefix}/${text(at, 100)}` : text(at, 100));
      longName = undefined;
      if (type === '0') files.set(name.replace(/^package\//, ''), Buffer.from(body));
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Packs the current build and returns its files' bytes by path. */
export function packCurrentBuild() {
  if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'uzl-pack-test-'));
  try {
    // --ignore-scripts: pack this build (prepack would build again).
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    return untar(join(dir, packed.filename));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
