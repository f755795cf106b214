// Makes a fresh clone ready: installs npm packages when missing or out of date,
// and makes sure a Chromium exists (build-time diagrams and browser tests need one).
// Runs on the machine's own Node before the project's Node 24 is installed, so
// it is plain JavaScript for any Node >= 18.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });
const say = (msg) => console.log(`[setup] ${msg}`);

// 1. npm packages: reinstall when package-lock.json changed since the last install.
const lockHash = createHash('sha256')
  .update(readFileSync(path.join(root, 'package-lock.json')))
  .digest('hex');
const stamp = path.join(root, 'node_modules', '.setup-lock-hash');
const installed =
  existsSync(path.join(root, 'node_modules', '.bin', 'astro')) &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8') === lockHash;
if (!installed) {
  say('Installerar npm-paket (npm ci) …');
  run('npm ci --no-audit --no-fund');
  writeFileSync(stamp, lockHash);
}

// 2. Chromium: CHROMIUM_PATH, the system's, or Playwright's own download.
const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const playwrightCache = path.join(
  process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(homedir(), '.cache', 'ms-playwright'),
);
const hasPlaywrightChromium =
  existsSync(playwrightCache) && readdirSync(playwrightCache).some((d) => d.startsWith('chromium'));
const found = process.env.CHROMIUM_PATH
  ? existsSync(process.env.CHROMIUM_PATH)
  : system.some((p) => existsSync(p)) || hasPlaywrightChromium;
if (!found) {
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    say('Ingen Chromium hittades. Installerar Debians chromium med apt-get …');
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    console.error(
      '\n[setup] Ingen Chromium hittades. Diagrammen ritas vid bygget och testerna körs i Chromium.\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  Andra system:  npx playwright install chromium\n' +
        '  Eller peka ut en befintlig webbläsare: CHROMIUM_PATH=/sökväg/till/chromium npm start\n',
    );
    process.exit(1);
  }
}

// 3. Java: the HTML checker of npm test (vnu-jar, the W3C Nu Html Checker) runs on it.
const hasJava = () => {
  try {
    execSync('java -version', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (!hasJava()) {
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    say('Ingen Java hittades (behövs för HTML-valideringen i npm test). Installerar Debians default-jre-headless …');
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless');
  } else {
    console.error(
      '\n[setup] Ingen Java hittades. HTML-valideringen i npm test (vnu) körs på Java.\n' +
        '  Debian/Ubuntu: sudo apt-get install default-jre-headless\n' +
        '  Andra system:  installera en Java-runtime (17 eller senare)\n',
    );
  }
}
