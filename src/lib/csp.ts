// The Content-Security-Policy of a built page: scripts, styles, images,
// fonts and connections only from the site itself. The few inline scripts
// and styles are allowed by their SHA-256 hash, computed over the final HTML
// (never hard-coded: other code changes them), so no 'unsafe-inline'.
// - 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly.
// - 'unsafe-hashes' (styles only, and only when a page has style attributes):
//   Mermaid's SVGs and the process map's grid positions are style="…"
//   attributes; with it, exactly those attribute values are allowed by hash,
//   still without 'unsafe-inline'. Styles set from script (element.style.x)
//   are not inline markup and need nothing.
// - frame-ancestors, report-uri and sandbox are not allowed in a <meta> policy.
import { createHash } from 'node:crypto';
import { htmlToHast } from 'satteri';

interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}

export interface InlineSources {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

const text = (n: HNode): string =>
  (n.children ?? []).map((c) => (c.type === 'text' ? (c.value ?? '') : text(c))).join('');

/** The inline code of a page as the browser parses it (entities in attributes decoded). */
export function inlineSources(html: string): InlineSources {
  const found: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
  const walk = (n: HNode) => {
    if (n.type === 'element') {
      if (n.tagName === 'script' && n.properties?.src === undefined) found.scripts.push(text(n));
      else if (n.tagName === 'style') found.styles.push(text(n));
      const style = n.properties?.style;
      if (typeof style === 'string') found.styleAttributes.push(style);
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(htmlToHast(html));
  return found;
}

export const hashSource = (source: string) =>
  `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

const hashes = (sources: readonly string[]) => [...new Set(sources.map(hashSource))].sort();

/** The policy for a page with these inline scripts and styles. */
export function policyFor(inline: InlineSources): string {
  const styleAttrs = hashes(inline.styleAttributes);
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes(inline.scripts)],
    [
      'style-src',
      "'self'",
      ...(styleAttrs.length ? ["'unsafe-hashes'"] : []),
      ...hashes([...inline.styles, ...inline.styleAttributes]),
    ],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['media-src', "'self'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

const META = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * The page with its policy as the first thing after <meta charset> (a meta
 * policy covers only what comes after it). An earlier policy is replaced, so
 * running twice gives the same page.
 */
export function withCsp(html: string): string {
  const without = html.replace(META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineSources(without))}">`;
  const charset = /<meta charset="?[\w-]+"?\s*\/?>/i.exec(without);
  if (charset) return without.replace(charset[0], `${charset[0]}${meta}`);
  return without.replace(/<head[^>]*>/i, (head) => `${head}${meta}`);
}
