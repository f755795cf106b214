import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mermaidFences, uncachedDiagrams } from '../../src/markdown/mermaid-fences.ts';
import { diagramHash, rehypeMermaid } from '../../src/markdown/rehype-mermaid.ts';

const page = 'Text.\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n- lista\n\n  ```mermaid\n  flowchart LR\n    C --> D\n  ```\n\n~~~mermaid\nsequenceDiagram\nA->>B: Hej\n~~~\n';

describe('mermaidFences', () => {
  it('finds top-level fences with backticks or tildes, not those inside lists', () =>
    expect(mermaidFences(page)).toEqual(['flowchart LR\n  A --> B\n', 'sequenceDiagram\nA->>B: Hej\n']));
});

describe('uncachedDiagrams', () => {
  it('hashes a diagram as the rehype plugin does, and skips cached ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fences-'));
    mkdirSync(path.join(dir, 'content/sidor'), { recursive: true });
    mkdirSync(path.join(dir, 'cache'));
    writeFileSync(path.join(dir, 'content/sidor/a.md'), page);
    // What the Markdown pipeline asks to render for the same file.
    const asked: string[] = [];
    const render = async (sources: string[], prefixes: string[]) => {
      asked.push(...prefixes);
      return sources.map(() => ({ status: 'fulfilled' as const, value: { svg: '<svg></svg>' } }));
    };
    const hast = await unified().use(remarkRehype).run(unified().use(remarkParse).parse(page));
    await rehypeMermaid({ cacheDir: path.join(dir, 'cache'), version: '1', render })(hast, {});
    // The same ids, except the diagram inside the list, which is left to the pipeline.
    const found = uncachedDiagrams(path.join(dir, 'content'), path.join(dir, 'empty-cache'), '1');
    expect(found.map((d) => `mmd-${d.hash}`)).toEqual(asked.filter((p) => p !== `mmd-${diagramHash('flowchart LR\n  C --> D', '1')}`));
    expect(uncachedDiagrams(path.join(dir, 'content'), path.join(dir, 'cache'), '1')).toEqual([]);
  });
});
