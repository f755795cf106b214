// What content must never ship, decided per Markdown/MDX syntax-tree node.
// Pure and shared: the checker (`npm run check`) reports these with file and
// line, and the build's Markdown plugin (src/markdown/safe-content.ts) refuses
// the same nodes, so nothing reaches a reader even when the check is skipped.
// Works on the mdast node types of both parsers (remark in the checker,
// Sätteri in the build): html, mdxJsxFlowElement, mdxJsxTextElement, image,
// link, definition, mdxjsEsm, mdxFlowExpression, mdxTextExpression.
import { decodeEntities, urlRisk, type UrlUse } from './unsafe-urls.ts';

export type UnsafeKind = 'raw-html' | 'unsafe-url' | 'external-resource' | 'mdx-code' | 'unknown-component';

export interface Unsafe {
  kind: UnsafeKind;
  /** The part of the text, for the report ("html", "bild", "länk", "komponent", "kod"). */
  what: string;
  message: string;
  fix: string;
}

/**
 * Components MDX content may use: the site maps none (pages render
 * `<Content />` without a components prop), so any capitalised tag would
 * fail the build later with an unreadable error. Add a name here together
 * with the mapping when the site starts providing one.
 */
export const PROVIDED_COMPONENTS: ReadonlySet<string> = new Set();

/** MDX import/export lines content may contain (none today; see PROVIDED_COMPONENTS). */
export const ALLOWED_ESM: readonly RegExp[] = [];

/** Elements that run code, restyle the page, embed another site or redirect the reader. */
const FORBIDDEN_TAGS: Record<string, string> = {
  script: 'kör kod i läsarens webbläsare',
  style: 'ändrar utseendet på hela sidan',
  iframe: 'bäddar in en annan webbplats',
  frame: 'bäddar in en annan webbplats',
  frameset: 'bäddar in en annan webbplats',
  object: 'bäddar in ett program eller en annan webbplats',
  embed: 'bäddar in ett program eller en annan webbplats',
  applet: 'bäddar in ett program',
  base: 'ändrar vart alla länkar på sidan går',
  meta: 'kan skicka läsaren vidare till en annan adress',
  link: 'hämtar filer till sidan',
  form: 'skickar det läsaren skriver någon annanstans',
};

/** Attributes holding an address, and whether it loads by itself (resource) or is followed (link). */
const URL_ATTRS: Record<string, UrlUse> = {
  href: 'link',
  'xlink:href': 'link',
  xlinkhref: 'link',
  action: 'link',
  formaction: 'link',
  src: 'resource',
  srcset: 'resource',
  poster: 'resource',
  data: 'resource',
  background: 'resource',
  lowsrc: 'resource',
  dynsrc: 'resource',
};
/** Elements where href loads something (SVG images, <use>, stylesheets). */
const HREF_LOADS = new Set(['image', 'use', 'feimage', 'link']);

const tagRisk = (tag: string): Unsafe | undefined => {
  const why = FORBIDDEN_TAGS[tag.toLowerCase()];
  return why
    ? {
        kind: 'raw-html',
        what: 'html',
        message: `taggen <${tag.toLowerCase()}> ${why} och får inte finnas i innehållet`,
        fix: `ta bort <${tag.toLowerCase()}>; skriv texten i Markdown, och länka till en annan webbplats med [text](https://…) i stället för att bädda in den`,
      }
    : undefined;
};

const handlerRisk = (attr: string): Unsafe | undefined =>
  /^on/i.test(attr)
    ? {
        kind: 'raw-html',
        what: 'html',
        message: `attributet ${attr} kör kod i läsarens webbläsare`,
        fix: `ta bort ${attr}="…" ur taggen`,
      }
    : undefined;

/** srcset lists "url 2x, url 480w": every address in it. */
const addressesIn = (attr: string, value: string) =>
  attr.toLowerCase() === 'srcset'
    ? value
        .split(',')
        .map((part) => part.trim().split(/\s+/)[0] ?? '')
        .filter(Boolean)
    : [value];

/** Risks of one attribute of an element (name as written, value as text). */
export function attributeRisks(tag: string, attr: string, value: string | undefined): Unsafe[] {
  const handler = handlerRisk(attr);
  if (handler) return [handler];
  const key = attr.toLowerCase();
  let use = URL_ATTRS[key];
  if (!use || value === undefined) return [];
  if (key === 'href' && HREF_LOADS.has(tag.toLowerCase())) use = 'resource';
  return addressesIn(key, value).flatMap((url) => {
    const risk = urlRisk(url, use);
    return risk ? [{ ...risk, what: use === 'link' ? 'länk' : 'bild' }] : [];
  });
}

// One loop over disjoint alternatives (no nested quantifiers): linear on any input.
const TAG = /<\s*([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)/g;
const ATTR = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Risks in a raw HTML fragment (the `html` node of a .md page). */
export function htmlRisks(html: string): Unsafe[] {
  const out: Unsafe[] = [];
  // Closing tags carry no attributes; a stray </script> alone is still a script.
  for (const m of html.matchAll(/<\s*\/\s*([a-zA-Z][\w:-]*)/g)) {
    const risk = tagRisk(m[1]);
    if (risk) out.push(risk);
  }
  for (const m of html.matchAll(TAG)) {
    const tag = m[1];
    const risk = tagRisk(tag);
    if (risk) out.push(risk);
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const value = a[2] ?? a[3] ?? a[4];
      out.push(...attributeRisks(tag, a[1], value === undefined ? undefined : decodeEntities(value)));
    }
  }
  return dedupe(out);
}

const dedupe = (list: Unsafe[]) => [...new Map(list.map((u) => [`${u.kind}\0${u.message}`, u])).values()];

/** The structural shape shared by remark's and Sätteri's mdast nodes. */
export interface NodeLike {
  type: string;
  value?: unknown;
  url?: unknown;
  name?: unknown;
  /** An array on JSX elements (directives have an object here, and no JSX rules apply to them). */
  attributes?: unknown;
}

interface AttrLike {
  type?: string;
  name?: string;
  value?: unknown;
}

const CODE_FIX =
  'ta bort koden; skriv { som \\{ och } som \\} om klammerparenteserna ska synas i texten, och import/export behövs aldrig i innehållet';

function jsxRisks(name: string | null | undefined, attributes: readonly unknown[]): Unsafe[] {
  if (!name) return [];
  const out: Unsafe[] = [];
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    if (!PROVIDED_COMPONENTS.has(name))
      out.push({
        kind: 'unknown-component',
        what: 'komponent',
        message: `komponenten <${name}> finns inte på webbplatsen${PROVIDED_COMPONENTS.size ? ` (tillåtna: ${[...PROVIDED_COMPONENTS].join(', ')})` : ''}`,
        fix: `ta bort <${name}> och skriv innehållet som vanlig text; en viktig upplysning kan skrivas som citat (> **Obs!** …)`,
      });
  } else {
    const risk = tagRisk(name);
    if (risk) out.push(risk);
  }
  for (const raw of attributes) {
    const a = raw as AttrLike;
    if (a.type === 'mdxJsxExpressionAttribute') {
      out.push({
        kind: 'mdx-code',
        what: 'kod',
        message: `taggen <${name}> har kod i stället för attribut`,
        fix: CODE_FIX,
      });
      continue;
    }
    const attr = a.name ?? '';
    if (a.value !== null && typeof a.value === 'object') {
      // An expression ({…}) as the value: a handler or address we cannot read, so refuse it.
      const handler = handlerRisk(attr);
      if (handler) out.push(handler);
      else if (URL_ATTRS[attr.toLowerCase()])
        out.push({
          kind: 'unsafe-url',
          what: 'länk',
          message: `adressen i ${attr}={…} är kod, inte en adress`,
          fix: `skriv adressen som text: ${attr}="/sida/"`,
        });
      else out.push({ kind: 'mdx-code', what: 'kod', message: `attributet ${attr}={…} innehåller kod`, fix: CODE_FIX });
      continue;
    }
    out.push(...attributeRisks(name, attr, typeof a.value === 'string' ? a.value : undefined));
  }
  return dedupe(out);
}

function esmRisk(value: string): Unsafe[] {
  if (ALLOWED_ESM.some((re) => re.test(value.trim()))) return [];
  const first = value.trim().split('\n')[0] ?? '';
  return [
    {
      kind: 'mdx-code',
      what: 'kod',
      message: `raden "${first.slice(0, 60)}" är kod (import/export), som körs när webbplatsen byggs`,
      fix: 'ta bort raden; innehållet behöver aldrig import eller export',
    },
  ];
}

/** Everything wrong with one node; [] for a node that is fine (or of another type). */
export function nodeRisks(node: Readonly<NodeLike>): Unsafe[] {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (node.type) {
    case 'html':
      return htmlRisks(str(node.value));
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxRisks(
        typeof node.name === 'string' ? node.name : null,
        Array.isArray(node.attributes) ? (node.attributes as unknown[]) : [],
      );
    case 'image': {
      const risk = urlRisk(str(node.url), 'resource');
      return risk ? [{ ...risk, what: 'bild' }] : [];
    }
    case 'link':
    case 'definition': {
      const risk = urlRisk(str(node.url), 'link');
      return risk ? [{ ...risk, what: 'länk' }] : [];
    }
    case 'mdxjsEsm':
      return esmRisk(str(node.value));
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // {/* … */} is MDX's comment (the scaffolds of npm run new use it): it compiles to nothing.
      if (isComment(str(node.value))) return [];
      return [
        {
          kind: 'mdx-code',
          what: 'kod',
          message: `{${str(node.value).slice(0, 40)}} är kod, som körs när webbplatsen byggs`,
          fix: CODE_FIX,
        },
      ];
    default:
      return [];
  }
}

/** True when an expression's text is nothing but one block comment. */
export const isComment = (code: string) => /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(code);
