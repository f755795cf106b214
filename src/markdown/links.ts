// Rewrites links in content so editors can write either site URLs
// ("/samverkansmodeller/x/") or file paths ("../samverkansmodeller/x.mdx"),
// and both work under a configurable base path.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { contentFileToPath, withBase } from '../lib/urls.ts';

export interface LinkOptions {
  base: string;
  /** Absolute path of the content/ folder. */
  contentDir: string;
}

/** A link written as a path to a content file, with an optional #anchor. */
export const FILE_LINK = /^(?!\w+:|\/|#)([^#?]+\.(?:mdx?|ya?ml))(#.*)?$/;

export function resolveHref(href: string, filePath: string | undefined, opts: LinkOptions): string {
  const fileLink = FILE_LINK.exec(href);
  if (fileLink && filePath) {
    const target = path.relative(opts.contentDir, path.resolve(path.dirname(filePath), fileLink[1]));
    const sitePath = contentFileToPath(target);
    if (sitePath) return withBase(sitePath + (fileLink[2] ?? ''), opts.base);
  }
  return withBase(href, opts.base);
}

export function linksPlugin(opts: LinkOptions): HastPluginEntry {
  // Without a base path only links to content files change.
  return ({ source }: PluginFactoryContext) =>
    (opts.base !== '' || /\.(mdx?|ya?ml)\b/.test(source)) && {
      name: 'links',
      element: {
        filter: ['a', 'img'],
        visit(node, ctx) {
          const attr = node.tagName === 'a' ? 'href' : 'src';
          const value = node.properties?.[attr];
          if (typeof value !== 'string') return;
          const resolved = resolveHref(value, ctx.fileURL && fileURLToPath(ctx.fileURL), opts);
          if (resolved !== value) ctx.setProperty(node, attr, resolved);
        },
      },
    };
}
