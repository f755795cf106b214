// What the e2e tests know about the built site: its pages, read from dist/.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve('dist');
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');

/** Every built HTML page as a site path relative to the base ("/", "/lankar/", …). */
export function builtPages(dist = DIST): string[] {
  if (!existsSync(dist)) throw new Error('dist/ saknas: kör npm run build (npm test gör det åt dig).');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      } else if (e.name === 'index.html')
        out.push(
          '/' +
            path
              .relative(dist, dir)
              .split(path.sep)
              .filter(Boolean)
              .map((s) => s + '/')
              .join(''),
        );
    }
  };
  walk(dist);
  return out.sort();
}

export const readPage = (sitePath: string) => readFileSync(path.join(DIST, sitePath, 'index.html'), 'utf8');
