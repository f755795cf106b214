// Walking MDX bodies: links and images written as Markdown or as JSX tags.
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (n: Nodes): n is Jsx => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** A string attribute of a JSX tag; undefined when absent, null when an expression. */
export function jsxAttr(node: Jsx, name: string): string | null | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  return typeof a.value === 'string' ? a.value : a.value == null ? '' : null;
}

export interface LinkLike {
  node: Nodes;
  url: string;
  text: string;
}

/** Every link: [text](url), [text][ref] definitions and <a href>. */
export function links(tree: Root): LinkLike[] {
  const out: LinkLike[] = [];
  visit(tree, (n: Nodes) => {
    if (n.type === 'link') out.push({ node: n, url: n.url, text: linkText(n) });
    else if (n.type === 'definition') out.push({ node: n, url: n.url, text: n.label ?? n.identifier });
    else if (isJsx(n) && n.name === 'a') {
      const href = jsxAttr(n, 'href');
      if (href !== null) out.push({ node: n, url: href ?? '', text: linkText(n) });
    }
  });
  return out;
}

/** Visible text of a link, counting the alt text of images inside it. */
function linkText(n: Nodes): string {
  let alt = '';
  visit(n, 'image', (img) => {
    alt += img.alt ?? '';
  });
  return `${toString(n)}${alt}`.trim();
}

export interface ImageLike {
  node: Nodes;
  alt: string | undefined;
}

/** Every image: ![alt](src), ![alt][ref] and <img alt>. */
export function images(tree: Root): ImageLike[] {
  const out: ImageLike[] = [];
  visit(tree, (n: Nodes) => {
    if (n.type === 'image' || n.type === 'imageReference') out.push({ node: n, alt: n.alt ?? undefined });
    else if (isJsx(n) && n.name === 'img') {
      const alt = jsxAttr(n, 'alt');
      if (alt !== null) out.push({ node: n, alt });
    }
  });
  return out;
}
