// The build as a gate: a copy of the project is built under a sub-path (all
// links must follow it), then with a dangling reference and with an invalid
// diagram, each of which must fail and name the file.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findBrokenLinks } from '../support/linkcheck.ts';
import { FIXTURE } from '../support/sites.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let dir: string;
// The copy builds its own content/ into its own dist/, whatever the caller's environment says.
const ownEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'CONTENT_DIR' && k !== 'OUT_DIR'));
const build = (env: Record<string, string> = {}) => {
  const r = spawnSync(path.resolve('node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...ownEnv, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
};
const edit = (file: string, fn: (s: string) => string) =>
  writeFileSync(path.join(dir, file), fn(readFileSync(path.join(dir, file), 'utf8')));

test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'metodstod-build-'));
  // scripts/: the review page reads the checker's language notes at build time.
  for (const f of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(f, path.join(dir, f), { recursive: true });
  // The fixture site's content, not content/: these tests edit known entries of it.
  cpSync(FIXTURE.content, path.join(dir, 'content'), { recursive: true });
  if (existsSync('.cache/mermaid')) cpSync('.cache/mermaid', path.join(dir, '.cache/mermaid'), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('under en undersökväg följer alla länkar base-sökvägen', () => {
  // A plain Markdown page with a diagram not drawn before: it gets a marker, filled after the pages are written.
  writeFileSync(
    path.join(dir, 'content/sidor/provsida.md'),
    '---\ntitle: Provsida\nsummary: En provsida med ett diagram.\nstatus: utkast\norder: 999\n' +
      'owner: avdelningen-for-mottagande-av-nyanlanda\nreviewed: 2026-11-23\n---\n\nText.\n\n```mermaid\nflowchart LR\n  A[Provstart] --> B[Provslut]\n```\n',
  );
  const r = build({ BASE_PATH: '/metodstod/' });
  expect(r.status, r.output).toBe(0);
  const provsida = readFileSync(path.join(dir, 'dist/provsida/index.html'), 'utf8');
  expect(provsida).toMatch(/<div class="diagram__svg"><svg id="mmd-[0-9a-f]{16}-0"/);
  expect(provsida).not.toContain('<!--mermaid:');
  expect(findBrokenLinks(path.join(dir, 'dist'), '/metodstod')).toEqual([]);
  // Search results link under the sub-path too (a fragment is gzip'd JSON behind a signature).
  const fragments = path.join(dir, 'dist/pagefind/fragment');
  const fragment = gunzipSync(readFileSync(path.join(fragments, readdirSync(fragments)[0]))).toString('utf8');
  expect(fragment).toMatch(/^pagefind_dcd\{"url":"\/metodstod\//);
});

test('en hänvisning till en aktör som inte finns stoppar bygget med fil och id', () => {
  edit('content/processkarta/steg/bosattningsunderlag.yaml', (s) =>
    s.replace(/^actors:\n/m, 'actors:\n  - finns-inte\n'),
  );
  const r = build();
  expect(r.status).not.toBe(0);
  expect(r.output).toContain('bosattningsunderlag.yaml');
  expect(r.output).toContain('"finns-inte" finns inte i aktorer');
});

test('ett ogiltigt Mermaid-diagram stoppar bygget och namnger filen', () => {
  edit('content/processkarta/steg/bosattningsunderlag.yaml', (s) => s.replace('  - finns-inte\n', ''));
  edit('content/sidor/kontakt.mdx', (s) => `${s}\n\n\`\`\`mermaid\nflowchart LR\n  A[Start --> \n\`\`\`\n`);
  const r = build();
  expect(r.status).not.toBe(0);
  expect(r.output).toContain('Ogiltigt Mermaid-diagram');
  expect(r.output).toContain('kontakt.mdx');
});
