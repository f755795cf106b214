import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../src/node/chromium.ts';
import { createMermaidBrowser, STATELESS } from '../../src/markdown/mermaid-browser.ts';

const mermaid = createMermaidBrowser({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
  mermaidConfig: { theme: 'neutral' },
});
afterAll(() => mermaid.close());

describe('createMermaidBrowser', () => {
  const seq = 'sequenceDiagram\nA->>B: Hej\nB->>A: Hej då';

  it('renders a diagram the same way whatever was rendered before it', async () => {
    // Mermaid numbers sequence actors with a module-level counter: without a
    // fresh instance per diagram the second SVG would say actor2, not actor0.
    const [first, again] = await Promise.all([mermaid.render([seq], ['d1-0']), mermaid.render([seq], ['d2-0'])]);
    expect(first[0].status).toBe('fulfilled');
    const svg = (r: (typeof first)[0], id: string) =>
      r.status === 'fulfilled' ? r.value.svg.replaceAll(id, 'ID') : '';
    expect(svg(first[0], 'd1-0')).toContain('id="actor0"');
    expect(svg(again[0], 'd2-0')).toBe(svg(first[0], 'd1-0'));
  }, 60_000);

  it('reuses the instance after flowcharts only because they leave no state behind', async () => {
    // If a Mermaid upgrade gives flowcharts module-level state, this fails:
    // then drop them from STATELESS.
    const charts = [
      'flowchart TD\n  A["Start"] --> B{"Beslut?"}\n  B -->|Ja| C["Klart"]\n  B -->|Nej| D["Igen"]\n  C --> D',
      'graph LR\n  subgraph S[Grupp]\n    A --> B\n  end\n  B -.-> C((Slut))\n  C ==> D(Rund)',
      'flowchart LR\n  A[(Databas)] --> B[[Rutin]]\n  B --> C{{Sexkant}}\n  click A "https://example.org"',
    ];
    expect(charts.every((c) => STATELESS.test(c))).toBe(true);
    const svgs = async (tag: string, order: number[]) => {
      const res = await mermaid.render(
        order.map((i) => charts[i]),
        order.map((i) => `${tag}${i}-0`),
      );
      return Object.fromEntries(
        order.map((i, k) => [
          i,
          res[k].status === 'fulfilled' ? res[k].value.svg.replaceAll(`${tag}${i}-0`, 'ID') : 'fel',
        ]),
      );
    };
    const forward = await svgs('f', [0, 1, 2, 0]);
    const backward = await svgs('b', [2, 1, 0]);
    expect(backward).toEqual(forward);
  }, 60_000);

  it('renders a diagram once per id', async () => {
    const [[x], [y]] = await Promise.all([mermaid.render([seq], ['same-0']), mermaid.render([seq], ['same-0'])]);
    expect(y).toBe(x); // the very same result object
  }, 60_000);

  it('reports a syntax error for the broken diagram only', async () => {
    const [ok, bad] = await mermaid.render(['flowchart LR\nA --> B', 'flowchart LR\nA -->'], ['ok-0', 'bad-0']);
    expect(ok.status).toBe('fulfilled');
    expect(bad.status).toBe('rejected');
    expect(bad.status === 'rejected' && String((bad.reason as Error).message)).toMatch(
      /Parse error|Syntax error|Expecting/i,
    );
  }, 60_000);
});
