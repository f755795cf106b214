import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mermaidFences, uncachedDiagrams } from '../../src/markdown/mermaid-fences.ts';
import { createDiagramStore, diagramHash, renderId } from '../../src/markdown/diagram-store.ts';
import { diagramsPlugin } from '../../src/markdown/diagrams.ts';

const page =
  'Text.\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n- lista\n\n  ```mermaid\n  flowchart LR\n    C --> D\n  ```\n\n~~~mermaid\nsequenceDiagram\nA->>B: Hej\n~~~\n';

describe('mermaidFences', () => {
  it('finds top-level fences with backticks or tildes, not those inside lists', () =>
    expect(mermaidFences(page)).toEqual(['flowchart LR\n  A --> B\n', 'sequenceDiagram\nA->>B: Hej\n']));
});

describe('uncachedDiagrams', () => {
  it('hashes a diagram as the Markdown plugin does, and skips cached ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fences-'));
    mkdirSync(path.join(dir, 'content/sidor'), { recursive: true });
    mkdirSync(path.join(dir, 'cache'));
    writeFileSync(path.join(dir, 'content/sidor/a.md'), page);
    // What the Markdown pipeline asks to render for the same file.
    const asked: string[] = [];
    const store = createDiagramStore({
      cacheDir: path.join(dir, 'cache'),
      version: '1',
      contentDir: path.join(dir, 'content'),
      render: (_source, id) => {
        asked.push(id);
        return Promise.resolve('<svg></svg>');
      },
    });
    await markdownToHtml(page, { hastPlugins: [diagramsPlugin(store)], data: {} });
    // The same ids, except the diagram inside the list, which is left to the pipeline.
    const found = uncachedDiagrams(path.join(dir, 'content'), path.join(dir, 'empty-cache'), '1');
    expect(found.map((d) => renderId(d.hash))).toEqual(
      asked.filter((p) => p !== renderId(diagramHash('flowchart LR\n  C --> D', '1'))),
    );
    expect(uncachedDiagrams(path.join(dir, 'content'), path.join(dir, 'cache'), '1')).toEqual([]);
  });
});
