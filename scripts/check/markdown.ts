// Parses an MDX body the way @astrojs/mdx reads it (MDX + GFM), for the rules
// that look at text: links, headings, images and diagrams.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
const plain = unified().use(remarkParse).use(remarkGfm);

/** A plain Markdown (.md) body: any text parses, so there is no error to report. */
export const parseMarkdown = (body: string): Root => plain.parse(body) as Root;

export type ParsedBody = { tree: Root } | { error: { line: number; message: string; fix: string } };

const GENERIC_FIX = 'skriv < som &lt; och { som \\{ i löptext, och stäng alla taggar';
/** micromark's messages in plain Swedish, with the original kept for developers. */
const MDX_REASONS: [RegExp, (m: RegExpExecArray) => string, string][] = [
  [
    /Expected a closing tag for `<(\w+)>`/,
    (m) => `taggen <${m[1]}> stängs aldrig`,
    'lägg till den avslutande taggen, eller skriv < som &lt; om det inte är en tagg',
  ],
  [
    /Unexpected (character|end of file).*(before name|in name|after name)/,
    () => 'ett <-tecken tolkas som början på en tagg',
    'skriv < som &lt; i löptext',
  ],
  [/acorn|expression/i, () => 'en klammerparentes { tolkas som kod', 'skriv { som \\{ och } som \\} i löptext'],
];

export function parseMdx(body: string): ParsedBody {
  try {
    return { tree: processor.parse(body) as Root };
  } catch (e) {
    const err = e as {
      line?: number;
      place?: { line?: number; start?: { line?: number } };
      reason?: string;
      message?: string;
    };
    const line = err.line ?? err.place?.line ?? err.place?.start?.line ?? 1;
    const reason = (err.reason ?? err.message ?? String(e)).replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '');
    for (const [re, what, fix] of MDX_REASONS) {
      const m = re.exec(reason);
      if (m) return { error: { line, message: `${what(m)} (${reason})`, fix } };
    }
    return { error: { line, message: reason, fix: GENERIC_FIX } };
  }
}
