// Turns benchmark corpus pages (Markdown with `title` + `description`
// frontmatter) into entries of our `sidor` collection, so they pass the schema
// and are served at /<slug>/ like the corpus's relative links assume.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

export interface SidaDefaults {
  /** An actor id (kind stadens-enhet) that exists in content/aktorer. */
  owner: string;
  /** YYYY-MM-DD */
  reviewed: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Rewrites one corpus page: same body, frontmatter in our sidor schema. */
export function toSida(markdown: string, defaults: SidaDefaults): string {
  const m = FRONTMATTER.exec(markdown);
  const fm = (m ? yaml.load(m[1]) : {}) as { title?: unknown; description?: unknown } | null;
  const body = m ? markdown.slice(m[0].length) : markdown;
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const title = text(fm?.title).trim();
  if (title.length < 2) throw new Error('corpus page without a title');
  const description = text(fm?.description).trim();
  // The schema wants a summary of at least 10 characters.
  const summary = description.length >= 10 ? description : `${title}: sida i testkorpusen.`;
  const data = { title, summary, owner: defaults.owner, reviewed: defaults.reviewed, tags: [] };
  return `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${body}`;
}

/** Relative paths of every .md file under dir (manifest.json and others ignored). */
export function listPages(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listPages(dir, p));
    else if (e.isFile() && e.name.endsWith('.md')) out.push(p);
  }
  return out.sort();
}

/**
 * Writes every corpus page into `sidorDir` as <slug>.<ext>; refuses slugs that
 * collide with pages already there (the site's own sidor stay, so the footer's
 * and menu's links resolve on every corpus page).
 */
export function adaptCorpus(corpusDir: string, sidorDir: string, ext: 'mdx' | 'md', defaults: SidaDefaults): string[] {
  const existing = new Set(listExisting(sidorDir));
  const pages = listPages(corpusDir);
  for (const rel of pages) {
    const slug = rel.replace(/\.md$/, '');
    if (existing.has(slug)) throw new Error(`corpus page ${rel} collides with content/sidor/${slug}`);
    const target = path.join(sidorDir, `${slug}.${ext}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, toSida(readFileSync(path.join(corpusDir, rel), 'utf8'), defaults));
  }
  return pages.map((p) => p.replace(/\.md$/, ''));
}

function listExisting(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => f.replace(/\\/g, '/').replace(/\.mdx?$/, ''));
  } catch {
    return [];
  }
}
