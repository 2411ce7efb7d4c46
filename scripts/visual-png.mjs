// The baselines' file format (scripts/test-visual.mjs): a screenshot with at most 256 colours
// (most of them, text being drawn without antialiasing) is stored as an indexed PNG, a byte a
// pixel instead of three, lossless; one with more keeps the browser's own PNG.
import { encode } from 'fast-png';
import { PNG } from 'pngjs';

/**
 * The pixels of a PNG file as RGBA (any colour type), for comparing.
 * @param {Buffer} file @returns {PNG}
 */
export const readPng = (file) => PNG.sync.read(file);

/**
 * The same picture in as few bytes as this module knows how: indexed when it can be.
 * @param {Buffer} file a PNG from the browser @returns {Buffer}
 */
export function compactPng(file) {
  const { width, height, data } = readPng(file);
  /** @type {Map<number, number>} */
  const colours = new Map();
  const index = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i += 4, p++) {
    // Screenshots are opaque: red, green and blue name the colour.
    const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    let n = colours.get(key);
    if (n === undefined) {
      if (colours.size === 256) return file;
      n = colours.size;
      colours.set(key, n);
    }
    index[p] = n;
  }
  const palette = [...colours.keys()].map((key) => [key >> 16, (key >> 8) & 255, key & 255]);
  const indexed = Buffer.from(
    encode({ width, height, data: index, depth: 8, channels: 1, palette }, { zlib: { level: 9 } }),
  );
  return indexed.length < file.length ? indexed : file;
}
