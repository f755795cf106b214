// Parses a body with the parser the build uses (satteri, with the features of
// src/markdown/processor.ts), so the check and the build never disagree, for
// the rules that look at text: links, headings, images and diagrams.
import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { FEATURES } from '../../src/markdown/features.ts';

/** A plain Markdown (.md) body: any text parses, so there is no error to report. */
export const parseMarkdown = (body: string): Root => markdownToMdast(body, { features: FEATURES }) as Root;

export type ParsedBody = { tree: Root } | { error: { line: number; message: string; fix: string } };

const GENERIC_FIX = 'skriv < som &lt; och { som \\{ i löptext, och stäng alla taggar';
/** The MDX parser's messages in plain Swedish, with the original kept for developers. */
const MDX_REASONS: [RegExp, (m: RegExpExecArray) => string, string][] = [
  [
    /Expected a closing tag for `<(\w+)>`/,
    (m) => `taggen <${m[1]}> stängs aldrig`,
    'lägg till den avslutande taggen, eller skriv < som &lt; om det inte är en tagg',
  ],
  [
    /Unexpected (character|end of file).*(before name|in name|after name|after `<`)/,
    () => 'ett <-tecken tolkas som början på en tagg',
    'skriv < som &lt; i löptext',
  ],
  [/acorn|expression/i, () => 'en klammerparentes { tolkas som kod', 'skriv { som \\{ och } som \\} i löptext'],
];

export function parseMdx(body: string): ParsedBody {
  try {
    return { tree: mdxToMdast(body, { features: FEATURES }) as Root };
  } catch (e) {
    // "3:1: Expected a closing tag for `<div>` (3:1) (mdx-jsx:unexpected-character)"
    const text = e instanceof Error ? e.message : String(e);
    const line = Number(/^(\d+):\d+:/.exec(text)?.[1] ?? 1);
    const reason = text
      .replace(/^\d+:\d+:\s*/, '')
      .replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '')
      .replace(/\s*\([\w-]+:[\w-]+\)$/, '');
    for (const [re, what, fix] of MDX_REASONS) {
      const m = re.exec(reason);
      if (m) return { error: { line, message: `${what(m)} (${reason})`, fix } };
    }
    return { error: { line, message: reason, fix: GENERIC_FIX } };
  }
}
