// Which Chromium the browser tests drive, in this order:
//   1. CHROMIUM_PATH, when set (it must exist: an explicit path never falls back to another browser);
//   2. a system chromium or chrome on PATH (or at its usual place), unless HIDE_SYSTEM_BROWSERS=1;
//   3. the Chromium shipped inside the @sparticuz/chromium devDependency: its brotli-compressed headless shell is
//      unpacked once into node_modules/.cache/contact-import-chromium-<version>/ (nothing is downloaded).
// HIDE_SYSTEM_BROWSERS=1 lets a machine with a system browser act as one without (CI's newcomer step uses it).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export interface ChromiumChoice {
  executablePath: string;
  /** Where it came from, for messages: "CHROMIUM_PATH", "system" or "npm (@sparticuz/chromium 153.0.0)". */
  source: string;
  /** Extra environment the browser needs (the npm-shipped one: its own libraries and fonts). */
  env: Record<string, string>;
}

type Env = Record<string, string | undefined>;

/** Names a system browser goes by on PATH, most specific first. */
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
/** Usual places outside PATH (macOS applications). */
const SYSTEM_PATHS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A system chromium or chrome: the first of SYSTEM_NAMES found on PATH, else one of SYSTEM_PATHS. */
export function systemChromium(env: Env = process.env): string | null {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return SYSTEM_PATHS.find(isExecutable) ?? null;
}

/** The folder of the installed @sparticuz/chromium package, or null when it is not installed. */
function shippedPackage(): { dir: string; version: string } | null {
  let entry: string;
  try {
    // Its "exports" has only ".", so resolve that (build/index.js) and step up to the package folder.
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    return null;
  }
  let dir = dirname(entry);
  while (!existsSync(join(dir, 'package.json'))) {
    if (dirname(dir) === dir) return null;
    dir = dirname(dir);
  }
  const version = String((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version);
  return { dir, version };
}

/**
 * Unpacks the npm-shipped Chromium (once; later calls reuse it) and returns where it is. Safe when several jest
 * workers call it at once: each unpacks into its own temporary folder, and the first to rename it into place wins.
 */
export function unpackShippedChromium(): ChromiumChoice {
  const pkg = shippedPackage();
  if (!pkg) {
    throw new Error(
      'No browser for the browser tests: CHROMIUM_PATH is not set, no system chromium or chrome was found' +
        ' (or HIDE_SYSTEM_BROWSERS=1 hides it), and the @sparticuz/chromium devDependency is not installed. Run "npm install".',
    );
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `The Chromium shipped in @sparticuz/chromium runs on Linux x64 only (this is ${process.platform} ${process.arch}).` +
        ' Install chromium or chrome, or set CHROMIUM_PATH to a Chromium-based browser.',
    );
  }
  const bin = join(pkg.dir, 'bin');
  const cache = join(pkg.dir, '..', '..', '.cache', `contact-import-chromium-${pkg.version}`);
  const executablePath = join(cache, 'chromium');
  if (!existsSync(join(cache, 'ready'))) {
    const tmp = `${cache}.tmp-${process.pid}-${Date.now()}`;
    try {
      mkdirSync(tmp, { recursive: true });
      const unbrotli = (name: string) => brotliDecompressSync(readFileSync(join(bin, name)));
      writeFileSync(join(tmp, 'chromium'), unbrotli('chromium.br'), { mode: 0o755 });
      // Its GL libraries sit beside the binary (where Chromium looks for them); NSS and expat go to lib/;
      // Open Sans to fonts/.
      execFileSync('tar', ['-x', '-f', '-', '-C', tmp], { input: unbrotli('swiftshader.tar.br') });
      execFileSync('tar', ['-x', '-f', '-', '-C', tmp], { input: unbrotli('al2023.tar.br') });
      execFileSync('tar', ['-x', '-f', '-', '-C', tmp], { input: unbrotli('fonts.tar.br') });
      // The system's fonts when it has any, and Open Sans always (a machine without fonts would render no text).
      writeFileSync(
        join(tmp, 'fonts.conf'),
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n' +
          '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' +
          `  <dir>${join(cache, 'fonts')}</dir>\n  <cachedir>${join(cache, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
      );
      writeFileSync(join(tmp, 'ready'), `@sparticuz/chromium ${pkg.version}\n`);
      try {
        renameSync(tmp, cache);
      } catch (e) {
        // Another worker got there first: use its copy.
        if (!existsSync(join(cache, 'ready'))) throw e;
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const env = process.env;
  return {
    executablePath,
    source: `npm (@sparticuz/chromium ${pkg.version})`,
    env: {
      LD_LIBRARY_PATH: [join(cache, 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter),
      FONTCONFIG_FILE: join(cache, 'fonts.conf'),
    },
  };
}

/** The browser the tests will drive, by the order above. Throws a message saying what to do when there is none. */
export function findChromium(env: Env = process.env): ChromiumChoice {
  if (env.CHROMIUM_PATH) {
    if (!isExecutable(env.CHROMIUM_PATH)) {
      throw new Error(
        `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not an executable file. Point it at a Chromium-based browser,` +
          ' or unset it to use a system chromium or the one npm installs.',
      );
    }
    return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', env: {} };
  }
  if (env.HIDE_SYSTEM_BROWSERS !== '1') {
    const system = systemChromium(env);
    if (system) return { executablePath: system, source: 'system', env: {} };
  }
  return unpackShippedChromium();
}
