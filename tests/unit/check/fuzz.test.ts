// The checker never crashes (#16): real content files, truncated, mixed and
// corrupted, always give messages that name a file in the folder checked,
// never an exception or a stack trace. Windows line endings and a BOM are
// read like any other file.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../../scripts/check/run.ts';
import { formatProblem } from '../../../scripts/check/problem.ts';

const TODAY = new Date('2026-11-23T00:00:00Z');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'check-fuzz-'));
  temps.push(d);
  return d;
};

const FILES = readdirSync('content', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.relative('content', path.join(e.parentPath, e.name)).split(path.sep).join('/'))
  .sort();
const read = (rel: string) => readFileSync(path.join('content', rel), 'utf8');

/** Characters that mean something to YAML, Markdown, MDX or the file reader. */
const NASTY = [
  '<',
  '>',
  '{',
  '}',
  '---\n',
  ':',
  '"',
  "'",
  '\t',
  '\0',
  '\r',
  '\uFEFF',
  '\uFFFD',
  '`',
  '[',
  '](',
  '\n',
  '&#',
  '- ',
  '*',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('mix' as const), other: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('corrupt' as const),
    edits: fc.array(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.constantFrom(...NASTY), fc.string())),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
  }),
  fc.record({ kind: fc.constant('crlf-bom' as const) }),
);

function mutate(
  text: string,
  m: fc.Arbitrary<unknown> extends never ? never : typeof mutation extends fc.Arbitrary<infer T> ? T : never,
): string {
  const cut = (at: number) => Math.floor(at * text.length);
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, cut(m.at));
    case 'mix': {
      const other = read(FILES[m.other % FILES.length]);
      return text.slice(0, cut(m.at)) + other.slice(Math.floor(m.at * other.length));
    }
    case 'corrupt': {
      let out = text;
      for (const [at, s] of m.edits) {
        const i = Math.floor(at * out.length);
        out = out.slice(0, i) + s + out.slice(i);
      }
      return out;
    }
    case 'crlf-bom':
      return `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`;
  }
}

describe('the checker on broken input', () => {
  it('always ends with problems that name a file, never a crash', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.nat({ max: FILES.length - 1 }), { minLength: 1, maxLength: 4 }),
        fc.array(mutation, { minLength: 4, maxLength: 4 }),
        async (picked, mutations) => {
          const dir = tempDir();
          cpSync('content', dir, { recursive: true });
          picked.forEach((i, n) => writeFileSync(path.join(dir, FILES[i]), mutate(read(FILES[i]), mutations[n])));
          const { problems } = await runCheck({ contentDir: dir, today: TODAY });
          for (const p of problems) {
            expect(p.file.startsWith(dir), p.file).toBe(true);
            expect(Number.isInteger(p.line) && p.line >= 1, formatProblem(p)).toBe(true);
            expect(p.message.length, formatProblem(p)).toBeGreaterThan(0);
            expect(formatProblem(p)).not.toMatch(/\n\s+at .+:\d+:\d+/);
          }
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 12 },
    );
  });

  it('reads files with Windows line endings and a BOM like any other', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    for (const rel of FILES) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), `\uFEFF${read(rel).replace(/\r?\n/g, '\r\n')}`);
    }
    const { problems } = await runCheck({ contentDir: dir, today: TODAY });
    expect(problems.map((p) => formatProblem(p, dir))).toEqual([]);
  });
});
