// The index copies' cache: a rebuild reuses every unchanged page's copy and
// counts, a changed page or key makes new ones, and stale files are pruned.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCopiesKey, pruneIndexCopies, writeIndexCopies } from '../../src/node/index-copies.ts';

const glossaryDir = path.resolve('tests/fixtures/site/content/begrepp');
const page = (body: string) =>
  `<html><body><main data-pagefind-body data-type="sida"><h1>Rubrik</h1>${body}</main></body></html>`;

function site() {
  const root = mkdtempSync(path.join(tmpdir(), 'dist-'));
  mkdirSync(path.join(root, 'a'));
  mkdirSync(path.join(root, 'b'));
  writeFileSync(path.join(root, 'a/index.html'), page('<p>Om kvotflyktingmottagande.</p>'));
  writeFileSync(path.join(root, 'b/index.html'), page('<p>Om bosättningsunderlag.</p>'));
  const files = ['a/index.html', 'b/index.html'].map((f) => path.join(root, f));
  return { root, files };
}

describe('index copies cache', () => {
  it('gives the same copies and counts from the cache as made afresh', () => {
    const { root, files } = site();
    const dir = mkdtempSync(path.join(tmpdir(), 'cache-'));
    const run = () => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'scratch-')), 'site');
      const result = writeIndexCopies({ root, site: out, files, glossaryDir, cache: { dir, key: 'k1' } });
      return { result, copy: readFileSync(path.join(out, 'a/index.html'), 'utf8') };
    };
    const first = run();
    const second = run();
    expect(readdirSync(dir)).toHaveLength(2);
    expect(second.copy).toBe(first.copy);
    expect([...second.result.counts].sort()).toEqual([...first.result.counts].sort());
    expect(second.result.used.sort()).toEqual(first.result.used.sort());
    // A cached copy is what is read: a planted one comes out as it is.
    for (const f of readdirSync(dir))
      writeFileSync(path.join(dir, f), JSON.stringify({ copy: 'från cachen', counts: [['ord', 1]] }));
    expect(run().copy).toBe('från cachen');
  }, 30_000); // loads the Swedish word list

  it('makes a changed page again and prunes what no page used', () => {
    const { root, files } = site();
    const dir = mkdtempSync(path.join(tmpdir(), 'cache-'));
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'scratch-')), 'site');
    const before = writeIndexCopies({ root, site: out, files, glossaryDir, cache: { dir, key: 'k1' } });
    writeFileSync(files[1], page('<p>Om socialpsykiatri.</p>'));
    const after = writeIndexCopies({ root, site: out, files, glossaryDir, cache: { dir, key: 'k1' } });
    expect(after.used[0]).toBe(before.used[0]);
    expect(after.used[1]).not.toBe(before.used[1]);
    expect(after.counts.get('socialpsykiatri')).toBe(1);
    expect(after.counts.has('bosättningsunderlag')).toBe(false);
    pruneIndexCopies(dir, after.used);
    expect(readdirSync(dir).sort()).toEqual([...after.used].sort());
    // Another key (code, glossary or word list changed): nothing is reused.
    const other = writeIndexCopies({ root, site: out, files, glossaryDir, cache: { dir, key: 'k2' } });
    expect(other.used.some((f) => after.used.includes(f))).toBe(false);
  }, 30_000);

  it('has a key that changes with the glossary', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'begrepp-'));
    for (const f of readdirSync(glossaryDir))
      writeFileSync(path.join(copy, f), readFileSync(path.join(glossaryDir, f)));
    const before = indexCopiesKey(process.cwd(), copy);
    expect(indexCopiesKey(process.cwd(), copy)).toBe(before);
    const first = readdirSync(copy)[0];
    writeFileSync(path.join(copy, first), `${readFileSync(path.join(copy, first), 'utf8')}\n# ändrad\n`);
    expect(indexCopiesKey(process.cwd(), copy)).not.toBe(before);
  });
});
