// Files under content/ that no collection loads: they would silently be left
// out of the site (a .md instead of .mdx, a file in the wrong folder).
import path from 'node:path';
import type { Rule } from '../context.ts';
import { CONTENT_TYPES, typeOfFolder } from '../../../src/content-types/index.ts';

/** Images may sit next to the MDX that uses them. */
const ASSET = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

export const strayFiles: Rule = {
  id: 'stray-files',
  run: (ctx) =>
    ctx.stray
      .filter((f) => !ASSET.test(f))
      .map((file) => {
        const rel = path.relative(ctx.contentDir, file).split(path.sep).join('/');
        const ext = path.extname(rel).slice(1);
        const home = typeOfFolder(rel);
        const base = { rule: 'stray-files', file, line: 1, field: 'fil' };
        if (home) {
          return {
            ...base,
            message: `filändelsen .${ext} läses inte in i ${home.labels.collection}`,
            fix: `byt filändelse till .${home.extensions.join(' eller .')}`,
          };
        }
        if (rel.startsWith('processkarta/')) {
          return {
            ...base,
            message: 'filen ligger direkt i processkarta/ och läses inte in',
            fix: 'flytta den till processkarta/steg/ (steg) eller processkarta/faser/ (faser)',
          };
        }
        return {
          ...base,
          message: 'filen ligger i en mapp som inte hör till någon innehållstyp och läses inte in',
          fix: `flytta den till en av mapparna ${CONTENT_TYPES.map((c) => `content/${c.folder}/`).join(', ')}`,
        };
      }),
};
