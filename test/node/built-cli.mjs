// dist/cli.js for the Node tests that run the built command, refused when it is missing or older
// than what it is built from (src/, schemas/): a test of a stale build would prove nothing.
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The newest modification time of `path` and everything below it. */
function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * dist/cli.js's path, after checking it is newer than src/ and schemas/.
 * @param {string} who the test file, named in the error
 */
export function builtCli(who) {
  const bin = join(ROOT, 'dist', 'cli.js');
  let built = 0;
  try {
    built = statSync(bin).mtimeMs;
  } catch {
    // not built
  }
  if (built < Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'schemas'))))
    throw new Error(
      `${who}: dist/cli.js is missing or older than src/: run \`npm run build\` first.`,
    );
  return bin;
}

/**
 * Runs the built command with `args` in a child process of plain Node, as a publisher or a CI
 * job runs it; resolves with its exit code and output, whatever the code.
 * @param {string} bin from builtCli()
 * @param {string[]} args
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export function runCli(bin, args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}
