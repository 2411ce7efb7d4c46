// The desktop a blind visitor has, started for the screen-reader lane under the lane's temp dir
// (TOOLCHAIN.md, "A real screen reader"): Xvfb, a private session bus, the AT-SPI bus, a
// speech-dispatcher whose only output module appends each utterance to a file (no audio), and
// Orca with its own HOME, XDG dirs and settings. Everything is started through the lane's
// processes.mjs, so it is stopped by its PID; Orca ignores SIGTERM and gets SIGKILL.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, stop, waitUntil } from '../lane/processes.mjs';

/** The system's Python: pyatspi and Orca's modules are Debian packages, not pyenv's. */
export const PYTHON = '/usr/bin/python3';

/** Locales Orca speaks in, per page language: its messages and voice follow its locale. */
export const ORCA_LOCALES = { nl: 'nl_BE.UTF-8', en: 'en_GB.UTF-8', fr: 'fr_BE.UTF-8' };

/**
 * @typedef {object} Desktop
 * @property {Record<string, string>} env what every process of the desktop runs with
 * @property {string} speechFile where speech-dispatcher writes what Orca says, a line each
 * @property {(lang: 'nl' | 'en' | 'fr') => Promise<void>} orca (re)starts Orca in that language
 * @property {string} orcaLang the language Orca speaks now ('' before the first start)
 */

/** A display number nobody uses now. */
function freeDisplay() {
  for (let n = 90; n < 200; n += 1)
    if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  throw new Error('no free X display between :90 and :199');
}

/**
 * Builds the locales Orca runs in into the lane's own dir (LOCPATH), so nothing of the system's
 * locale setup changes. About 3 s each, in parallel.
 * @param {string} dir
 */
function buildLocales(dir) {
  const root = join(dir, 'locale');
  mkdirSync(root, { recursive: true });
  for (const locale of Object.values(ORCA_LOCALES)) {
    const [name] = locale.split('.');
    const made = spawnSync('localedef', ['-i', name, '-f', 'UTF-8', join(root, locale)], {
      encoding: 'utf8',
    });
    // localedef exits 1 on warnings with the locale written all the same.
    if (!existsSync(join(root, locale, 'LC_MESSAGES')))
      throw new Error(`localedef ${locale} failed: ${made.stderr}`);
  }
  return root;
}

/**
 * Orca's settings: speech on, key echo, sounds, braille and tutorial hints off, punctuation not
 * spoken (the transcript is what a visitor hears of the words, not of the commas).
 */
const ORCA_SETTINGS = {
  general: {
    enableSpeech: true,
    enableBraille: false,
    enableBrailleMonitor: false,
    enableSound: false,
    enableKeyEcho: false,
    enableEchoByCharacter: false,
    enableEchoByWord: false,
    enableEchoBySentence: false,
    enableTutorialMessages: false,
    enableMnemonicSpeaking: false,
    verbalizePunctuationStyle: 3,
    enablePauseBreaks: true,
    speechServerFactory: 'orca.speechdispatcherfactory',
    progressBarVerbosity: 0,
    // A journey starts where the visitor does, at the top, and asks for what it reads.
    sayAllOnLoad: process.env.UZL_SR_SAYALL === '1',
    firstStart: false,
  },
  keybindings: {},
  pronunciations: {},
  profiles: {
    default: { profile: ['Default', 'default'], pronunciations: {}, keybindings: {} },
  },
};

/**
 * speech-dispatcher's config: one generic output module whose "synthesis" appends the language
 * and the text of each utterance to a file. Long utterances are not split (no delimiters).
 * @param {string} conf @param {string} speechFile
 */
function writeSpeechConfig(conf, speechFile) {
  mkdirSync(join(conf, 'modules'), { recursive: true });
  writeFileSync(
    join(conf, 'speechd.conf'),
    [
      'LogLevel 2',
      `LogDir "${join(conf, 'log')}"`,
      'DefaultVolume 100',
      // The generic module needs an audio output to start, though it plays nothing: libao's
      // null driver (chosen in ~/.libao) is one that needs no sound card.
      'AudioOutputMethod "libao"',
      'AddModule "capture" "sd_generic" "capture.conf"',
      'DefaultModule capture',
      'LanguageDefaultModule "en" "capture"',
      'LanguageDefaultModule "nl" "capture"',
      'LanguageDefaultModule "fr" "capture"',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(conf, 'modules', 'capture.conf'),
    [
      'Debug 0',
      // $DATA is the utterance as speech-dispatcher hands it on; printf keeps it literal.
      `GenericExecuteSynth "printf '%s %s' '$LANGUAGE' '$DATA' >> ${speechFile}; echo >> ${speechFile}"`,
      'GenericMaxChunkLength 100000',
      // Split nowhere: a character no text of ours has.
      'GenericDelimiters "\u0001"',
      'GenericLanguage "en" "en" "utf-8"',
      'GenericLanguage "nl" "nl" "utf-8"',
      'GenericLanguage "fr" "fr" "utf-8"',
      'AddVoice "en" "MALE1" "en"',
      'AddVoice "nl" "MALE1" "nl"',
      'AddVoice "fr" "MALE1" "fr"',
      '',
    ].join('\n'),
  );
}

/**
 * Starts the desktop; Orca is started by `desktop.orca(lang)`.
 * @param {string} dir the lane's temp dir
 * @returns {Promise<Desktop>}
 */
export async function startDesktop(dir) {
  const home = join(dir, 'home');
  const runtime = join(dir, 'run');
  for (const d of [home, runtime]) mkdirSync(d, { recursive: true, mode: 0o700 });
  const locpath = buildLocales(dir);
  const display = freeDisplay();
  const busPath = join(runtime, 'bus');
  const speechFile = join(dir, 'speech.txt');
  writeFileSync(speechFile, '');
  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_RUNTIME_DIR: runtime,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    DISPLAY: `:${display}`,
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${busPath}`,
    GTK_MODULES: 'gail:atk-bridge',
    GNOME_ACCESSIBILITY: '1',
    ACCESSIBILITY_ENABLED: '1',
    NO_AT_BRIDGE: '0',
    LOCPATH: locpath,
    LANG: 'C.UTF-8',
    GSETTINGS_BACKEND: 'memory',
  };
  const log = (/** @type {string} */ name) => join(dir, `${name}.log`);

  startServer(
    'Xvfb',
    'Xvfb',
    [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    log('xvfb'),
    { env },
  );
  await waitUntil(() => existsSync(`/tmp/.X11-unix/X${display}`), 10000, 'Xvfb');
  startServer(
    'dbus',
    'dbus-daemon',
    ['--session', `--address=unix:path=${busPath}`, '--nofork', '--nopidfile'],
    log('dbus'),
    { env },
  );
  await waitUntil(() => existsSync(busPath), 10000, 'the session bus');
  startServer(
    'AT-SPI',
    '/usr/libexec/at-spi-bus-launcher',
    ['--launch-immediately'],
    log('atspi'),
    {
      env,
    },
  );
  await waitUntil(
    () => existsSync(join(runtime, 'at-spi', 'bus')) || existsSync(join(runtime, 'at-spi')),
    10000,
    'the AT-SPI bus',
  );
  const conf = join(dir, 'speechd');
  writeSpeechConfig(conf, speechFile);
  mkdirSync(join(conf, 'log'), { recursive: true });
  writeFileSync(join(home, '.libao'), 'default_driver=null\n');
  const speechSocket = join(runtime, 'speech-dispatcher', 'speechd.sock');
  mkdirSync(join(runtime, 'speech-dispatcher'), { recursive: true });
  startServer(
    'speech-dispatcher',
    'speech-dispatcher',
    ['-s', '-t', '0', '-C', conf, '-S', speechSocket, '-m', '/usr/lib/speech-dispatcher-modules'],
    log('speechd'),
    { env: { ...env, SPEECHD_ADDRESS: `unix_socket:${speechSocket}` } },
  );
  await waitUntil(() => existsSync(speechSocket), 10000, 'speech-dispatcher');
  env.SPEECHD_ADDRESS = `unix_socket:${speechSocket}`;

  const orcaData = join(env.XDG_DATA_HOME, 'orca');
  mkdirSync(orcaData, { recursive: true });
  writeFileSync(join(orcaData, 'user-settings.conf'), JSON.stringify(ORCA_SETTINGS, null, 2));

  /** @type {Desktop} */
  const desktop = {
    env,
    speechFile,
    orcaLang: '',
    async orca(lang) {
      if (desktop.orcaLang === lang) return;
      await stop('Orca');
      const locale = ORCA_LOCALES[lang];
      const debug = process.env.UZL_SR_DEBUG ?? dir;
      mkdirSync(debug, { recursive: true });
      startServer(
        'Orca',
        'orca',
        ['--replace', '--debug-file', join(debug, `orca-${lang}.debug`)],
        log(`orca-${lang}`),
        {
          env: { ...env, LANG: locale, LANGUAGE: lang, LC_ALL: locale },
          stopSignal: 'SIGKILL',
        },
      );
      desktop.orcaLang = lang;
    },
  };
  return desktop;
}
