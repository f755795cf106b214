// The Markdown pipeline as Astro runs it: Sätteri with our plugins, on real
// glossary files, for plain Markdown and for MDX.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type HastPluginEntry, type MdastPluginEntry } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createDiagramStore, diagramHash, marker } from '../../src/markdown/diagram-store.ts';
import { diagramsPlugin } from '../../src/markdown/diagrams.ts';
import { glossaryPlugin } from '../../src/markdown/glossary.ts';
import { linksPlugin } from '../../src/markdown/links.ts';
import { punctuationPlugin } from '../../src/markdown/punctuation.ts';

const contentDir = path.resolve('content');
const fileURL = pathToFileURL(path.join(contentDir, 'sidor/exempel.md'));
// What Astro hands the pipeline: the page's frontmatter, filled in by the plugins.
const astroData = () => ({
  astro: { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() },
});
const html = async (md: string, hast: HastPluginEntry[] = [], mdast: MdastPluginEntry[] = []) =>
  await markdownToHtml(md, { hastPlugins: hast, mdastPlugins: mdast, fileURL, data: astroData() });
const glossary = (base = '/b') => glossaryPlugin({ glossaryDir: path.join(contentDir, 'begrepp'), base });

describe('glossary plugin on real glossary files', () => {
  it('marks only the first use, linking to the glossary with a tooltip', async () => {
    const { html: out } = await html('En kvotflykting är här.\n\nVarje kvotflykting har rätt till stöd.\n', [
      glossary(),
    ]);
    expect(out.match(/term__link/g)).toHaveLength(1);
    expect(out).toContain('href="/b/begrepp/#kvotflykting"');
    expect(out).toMatch(/role="tooltip"[^>]*data-pagefind-ignore/);
  });
  it('leaves headings, links and code alone', async () => {
    const { html: out } = await html('## Kvotflykting\n\n[En kvotflykting](/x/) och `kvotflykting`.\n', [glossary()]);
    expect(out).not.toContain('term__link');
  });
  it('marks at most one term per paragraph', async () => {
    const { html: out } = await html('En kvotflykting får ekonomiskt bistånd enligt LSS.\n', [glossary('')]);
    expect(out.match(/term__link/g)).toHaveLength(1);
  });
  it('finds terms inside emphasis, but not inside a link within it', async () => {
    const { html: out } = await html('Det gäller *varje kvotflykting* här.\n', [glossary()]);
    expect(out).toMatch(/<em>varje <span class="term">/);
  });
});

describe('links plugin', () => {
  const links = (base: string) => linksPlugin({ base, contentDir });
  it('turns a path to a content file into its page URL under the base path', async () => {
    const { html: out } = await html('[Kontakt](kontakt.mdx#telefon) och [modell](../samverkansmodeller/x.mdx)\n', [
      links('/m'),
    ]);
    expect(out).toContain('href="/m/kontakt/#telefon"');
    expect(out).toContain('href="/m/samverkansmodeller/x/"');
  });
  it('prefixes site URLs with the base path and leaves external links', async () => {
    const { html: out } = await html('[a](/begrepp/) [b](https://www.stockholm.se/)\n', [links('/m')]);
    expect(out).toContain('href="/m/begrepp/"');
    expect(out).toContain('href="https://www.stockholm.se/"');
  });
});

describe('punctuation plugin', () => {
  it('sets Swedish quotes and dashes in text, not in code', async () => {
    const { html: out } = await html('Hon sa "ja" -- och gick...\n\n`"kod"`\n', [], [punctuationPlugin()]);
    expect(out).toContain('Hon sa \u201Dja\u201D \u2013 och gick\u2026');
    expect(out).toContain('<code>"kod"</code>');
  });
});

describe('diagrams plugin and store', () => {
  const source = 'flowchart LR\n  A[Start] --> B[Slut]\n';
  const page = `Text.\n\n\`\`\`mermaid\n${source}\`\`\`\n`;
  const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><style>#a{fill:red}</style></svg>';
  const setup = (fail = false, contentDir = mkdtempSync(path.join(tmpdir(), 'content-'))) => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'diagrams-'));
    const asked: string[] = [];
    const store = createDiagramStore({
      cacheDir,
      version: '1',
      contentDir,
      render: (_source, id) => {
        asked.push(id);
        return fail ? Promise.reject(new Error('Parse error on line 2')) : Promise.resolve(SVG);
      },
    });
    return { cacheDir, asked, store, plugin: diagramsPlugin(store) };
  };
  it('replaces the fence with the SVG and a text alternative, and flags the page', async () => {
    const { plugin, cacheDir } = setup();
    const { html: out, data } = await html(page, [plugin]);
    expect(out).toContain(`<figure class="diagram" data-diagram=""><div class="diagram__svg">${SVG}</div>`);
    expect(out).toContain('Diagrammets innehåll: Start; Slut.');
    expect(out).not.toContain('language-mermaid');
    expect((data.astro as { frontmatter: Record<string, unknown> }).frontmatter.hasDiagram).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });
  it('draws a diagram once, then takes it from the disk cache', async () => {
    const first = setup();
    await html(page, [first.plugin]);
    await html(page, [first.plugin]);
    expect(first.asked).toHaveLength(1);
    const second = createDiagramStore({
      cacheDir: first.cacheDir,
      version: '1',
      contentDir: '/nowhere',
      render: () => Promise.reject(new Error('drawn again')),
    });
    expect((await html(page, [diagramsPlugin(second)])).html).toContain(SVG);
  });
  it('in a build leaves a marker in Markdown and fill() puts the SVG in', async () => {
    const { plugin, store } = setup();
    store.setDeferring(true);
    const { html: out } = await html(page, [plugin]);
    expect(out).toContain(`<div class="diagram__svg">${marker(diagramHash(source, '1'))}</div>`);
    expect(await store.fill(out)).toContain(`<div class="diagram__svg">${SVG}</div>`);
  });
  it('fills a marker from an earlier build from the disk cache or, failing that, from the content files', async () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'content-'));
    writeFileSync(path.join(contentDir, 'sida.md'), page);
    const { store, asked } = setup(false, contentDir);
    const out = await store.fill(`<p>${marker(diagramHash(source, '1'))}</p>`);
    expect(out).toBe(`<p>${SVG}</p>`);
    expect(asked).toHaveLength(1);
    await expect(store.fill(marker('0123456789abcdef'))).rejects.toThrow(/finns inte längre i content/);
  });
  it('compiles into MDX as elements (JSX has no raw HTML), without the xmlns JSX would mangle', async () => {
    const { plugin, store } = setup();
    store.setDeferring(true); // MDX cannot carry a marker: it waits for the SVG
    const { code } = await mdxToJs(page, { hastPlugins: [plugin], fileURL, data: astroData() });
    expect(code).toContain('className: "diagram__svg"');
    expect(code).toContain('children: "#a{fill:red}"');
    expect(code).not.toContain('2000/svg');
  });
  it("fails with the file and Mermaid's message on a syntax error, and caches nothing", async () => {
    const { plugin, cacheDir } = setup(true);
    await expect(html(page, [plugin])).rejects.toThrow(
      /Ogiltigt Mermaid-diagram i .*sidor\/exempel\.md:\n {2}Parse error on line 2/,
    );
    expect(readdirSync(cacheDir)).toEqual([]);
  });
  it('reports a syntax error of a deferred diagram when filling', async () => {
    const { plugin, store } = setup(true);
    store.setDeferring(true);
    const { html: out } = await html(page, [plugin]);
    await expect(store.fill(out)).rejects.toThrow(/Ogiltigt Mermaid-diagram i .*sidor\/exempel\.md/);
  });
  it('leaves a page without diagrams and other code blocks alone', async () => {
    const { plugin, asked } = setup();
    const { html: out } = await html('```js\nlet a = 1;\n```\n', [plugin]);
    expect(out).toContain('language-js');
    expect(asked).toEqual([]);
  });
});
