// One screenshot against its baseline, for scripts/test-visual.mjs: pixel by pixel with
// pixelmatch (antialiased pixels ignored, any other changed pixel counted), and on a
// difference the picture and a diff image (changed pixels red) written for a person to look at.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { readPng } from './visual-png.mjs';

const root = resolve(import.meta.dirname, '..');

/**
 * Compares a screenshot with its baseline: `changed` pixels, and the problem unless that is
 * within `tolerance`. On a difference the picture (`<name>.png`) and a diff image
 * (`<name>.diff.png`) go to `outDir`, and the problem names the diff image's path.
 * @param {Buffer} actual @param {string} baselineFile @param {string} outDir @param {string} name @param {number} tolerance
 * @returns {{ changed: number, problem?: string }}
 */
export function compare(actual, baselineFile, outDir, name, tolerance) {
  const write = (/** @type {string} */ file, /** @type {Buffer} */ data) => {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, file), data);
    return relative(root, join(outDir, file));
  };
  if (!existsSync(baselineFile))
    return {
      changed: 0,
      problem: `no baseline (run \`npm run test:visual -- --update\`); picture: ${write(`${name}.png`, actual)}`,
    };
  const read = readPng(readFileSync(baselineFile));
  const shot = readPng(actual);
  if (read.width === shot.width && read.height === shot.height && read.data.equals(shot.data))
    return { changed: 0 };
  // Pictures of different sizes are compared on the larger canvas, the missing part
  // transparent, so a line that moved or grew still gets its diff image.
  const width = Math.max(read.width, shot.width);
  const height = Math.max(read.height, shot.height);
  const canvas = (/** @type {PNG} */ png) => {
    if (png.width === width && png.height === height) return png;
    const out = new PNG({ width, height });
    PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
    return out;
  };
  const [a, b] = [canvas(read), canvas(shot)];
  const diff = new PNG({ width, height });
  const counted = pixelmatch(a.data, b.data, diff.data, width, height, {
    threshold: 0,
    includeAA: false,
  });
  const changed = counted ? withoutBlendJitter(a, b, diff) : 0;
  const sized =
    read.width === shot.width && read.height === shot.height
      ? ''
      : ` (size ${shot.width}×${shot.height}, baseline ${read.width}×${read.height})`;
  if (!sized && changed <= tolerance) return { changed };
  write(`${name}.png`, actual);
  const diffFile = write(`${name}.diff.png`, PNG.sync.write(diff));
  return {
    changed,
    problem: `${changed} pixels differ${sized || ` (tolerance ${tolerance})`}; diff: ${diffFile}`,
  };
}

/** Whether two PNG files hold the same pixels (an --update keeps a baseline that does). */
export function samePixels(/** @type {Buffer} */ a, /** @type {Buffer} */ b) {
  const [x, y] = [readPng(a), readPng(b)];
  return x.width === y.width && x.height === y.height && x.data.equals(y.data);
}

/** A colour the baseline paints at least this often is one of its own colours, not a blend. */
const OWN_COLOUR = 256;
/** Red in pixelmatch's diff image: a pixel it counted. */
const isCounted = (/** @type {Buffer} */ d, /** @type {number} */ i) =>
  d[i] === 255 && d[i + 1] === 0 && d[i + 2] === 0;

/**
 * The pixels pixelmatch counted, less those that are an antialiased blend one or two colour
 * levels off: Chromium draws a few corner pixels of rounded borders so from run to run, and
 * pixelmatch does not always see them as antialiasing. A pixel whose baseline colour is one the
 * picture paints often (a token's colour, a background, text: drawn without antialiasing here)
 * always counts, however small the change, so a colour token changed by one step still fails.
 * Uncounted pixels are drawn yellow in the diff image, as pixelmatch draws antialiasing.
 * @param {PNG} a the baseline @param {PNG} b the picture @param {PNG} diff
 */
function withoutBlendJitter(a, b, diff) {
  /** @type {Map<number, number>} */
  const uses = new Map();
  for (let i = 0; i < a.data.length; i += 4) {
    const key = (a.data[i] << 16) | (a.data[i + 1] << 8) | a.data[i + 2];
    uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (!isCounted(diff.data, i)) continue;
    const key = (a.data[i] << 16) | (a.data[i + 1] << 8) | a.data[i + 2];
    const near = [0, 1, 2].every((c) => Math.abs(a.data[i + c] - b.data[i + c]) <= 2);
    if (
      near &&
      a.data[i + 3] === 255 &&
      b.data[i + 3] === 255 &&
      (uses.get(key) ?? 0) < OWN_COLOUR
    ) {
      diff.data.set([255, 255, 0], i);
      continue;
    }
    changed++;
  }
  return changed;
}
