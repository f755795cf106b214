// The two built sites the browser tests run against, and what they can read from them.
// fixture: tests/fixtures/site/content built into .cache/fixture-dist, for feature tests.
// content: the real content/ built into dist/, for what holds for any valid content.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Site {
  /** The content folder it is built from. */
  content: string;
  /** The built site. */
  dist: string;
  /** Where its test server listens. */
  port: number;
}

const port = Number(process.env.E2E_PORT ?? 4399);

export const FIXTURE: Site = {
  content: path.resolve('tests/fixtures/site/content'),
  dist: path.resolve(process.env.FIXTURE_OUT_DIR ?? '.cache/fixture-dist'),
  port,
};
export const CONTENT: Site = { content: path.resolve('content'), dist: path.resolve('dist'), port: port + 10 };

/** The base path both sites are built and served under, without the trailing slash ("" or "/metodstod"). */
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');

/** Every built HTML page as a site path relative to the base ("/", "/lankar/", …). */
export function builtPages(dist: string): string[] {
  if (!existsSync(dist)) throw new Error(`${dist} saknas: kör npm test (det bygger båda webbplatserna).`);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      } else if (e.name === 'index.html') {
        const segments = path.relative(dist, dir).split(path.sep).filter(Boolean);
        out.push('/' + segments.map((s) => s + '/').join(''));
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** The built HTML of one page of a site. */
export const readPage = (site: Site, sitePath: string) =>
  readFileSync(path.join(site.dist, sitePath, 'index.html'), 'utf8');
