// Rewrites links in content so editors can write either site URLs
// ("/samverkansmodeller/x/") or file paths ("../samverkansmodeller/x.mdx"),
// and both work under a configurable base path.
import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { contentFileToPath, withBase } from '../lib/urls.ts';

export interface RehypeLinksOptions {
  base: string;
  /** Absolute path of the content/ folder. */
  contentDir: string;
}

/** A link written as a path to a content file, with an optional #anchor. */
export const FILE_LINK = /^(?!\w+:|\/|#)([^#?]+\.(?:mdx?|ya?ml))(#.*)?$/;

export function resolveHref(href: string, filePath: string | undefined, opts: RehypeLinksOptions): string {
  const fileLink = FILE_LINK.exec(href);
  if (fileLink && filePath) {
    const target = path.relative(opts.contentDir, path.resolve(path.dirname(filePath), fileLink[1]));
    const sitePath = contentFileToPath(target);
    if (sitePath) return withBase(sitePath + (fileLink[2] ?? ''), opts.base);
  }
  return withBase(href, opts.base);
}

export function rehypeLinks(opts: RehypeLinksOptions) {
  return (tree: Root, file: { path?: string }) => {
    visit(tree, 'element', (node: Element) => {
      const attr = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
      const value = attr && node.properties?.[attr];
      if (typeof value === 'string') node.properties[attr!] = resolveHref(value, file.path, opts);
    });
  };
}
