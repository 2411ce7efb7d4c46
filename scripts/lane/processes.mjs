// The lane's own servers: each started here is remembered by its PID and stopped by that PID
// (never by name), so the lane leaves nothing running and touches nothing it did not start.
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** @typedef {{ name: string, child: import('node:child_process').ChildProcess, exited: Promise<void>, signal: NodeJS.Signals }} Started */

/** @type {Started[]} */
const started = [];
/** Set by stopAll(): from then on nothing starts. */
let closing = false;

/** Resolves once `check()` is true, or throws after `ms` saying what it waited for. */
export async function waitUntil(/** @type {() => boolean | Promise<boolean>} */ check, ms, what) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`${what}: still not ready after ${ms} ms`);
}

/** @param {number} port */
export const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/**
 * Starts a server in the foreground with its output in `log`; fails fast when it exits early.
 * `stopSignal` is how stopAll() asks it to end (SIGTERM; Orca ignores it, so it gets SIGKILL).
 * @param {string} name @param {string} command @param {string[]} args @param {string} log
 * @param {import('node:child_process').SpawnOptions & { stopSignal?: NodeJS.Signals }} [options]
 */
export function startServer(name, command, args, log, options = {}) {
  const { stopSignal = 'SIGTERM', ...spawnOptions } = options;
  if (closing) throw new Error(`not starting ${name}: the lane is stopping`);
  const out = createWriteStream(log, { flags: 'a' });
  // Its own process group: Apache's prefork signals its whole group when it stops, which
  // would otherwise include this script.
  const child = spawn(command, args, {
    ...spawnOptions,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Both into one log, which neither may end: a daemon that closes its stdout early (the AT-SPI
  // bus launcher) would otherwise end the log under its stderr.
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  const exited = new Promise((resolve) => child.once('exit', () => resolve(undefined)));
  child.once('close', () => out.end());
  started.push({ name, child, exited, signal: stopSignal });
  return child;
}

/** True while the server started under `name` runs. */
export const running = (/** @type {string} */ name) =>
  started.some((s) => s.name === name && s.child.exitCode === null && s.child.signalCode === null);

/** Stops every server started here, newest first, by its PID: SIGTERM, then SIGKILL after 10 s. */
export async function stopAll() {
  closing = true;
  for (const { child, exited, signal } of started.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) continue;
    child.kill(signal);
    const stopped = await Promise.race([exited.then(() => true), sleep(10000).then(() => false)]);
    if (!stopped) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  started.length = 0;
}

/**
 * Stops the one server started under `name` now (its PID, as stopAll would), so it can be
 * started anew (Orca in another language).
 * @param {string} name
 */
export async function stop(name) {
  const index = started.findIndex((s) => s.name === name);
  if (index < 0) return;
  const [{ child, exited, signal }] = started.splice(index, 1);
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const stopped = await Promise.race([exited.then(() => true), sleep(10000).then(() => false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Processes still running whose command line names `dir` (the run's temp dir, which Apache's
 * and MariaDB's command lines carry): read from /proc, only to check that none is left.
 * @param {string} dir @returns {string[]}
 */
export function stillRunningIn(dir) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      if (command.includes(dir)) found.push(`${pid} ${command}`);
    } catch {
      // It ended while we looked.
    }
  }
  return found;
}
