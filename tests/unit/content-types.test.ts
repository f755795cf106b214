// The content-type declarations against the project itself: every folder
// under content/ belongs to a declared type, every type has a page in
// src/pages, and the declarations agree with the schemas they carry.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, typeOfFile, typeOfFolder } from '../../src/content-types/index.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { allowedKeys } from '../../scripts/check/zod-swedish.ts';
import { stubRef } from './helpers.ts';

/** Folders that hold files directly (processkarta/ itself only holds folders). */
function leafFolders(dir: string, rel = ''): string[] {
  const entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
  const here = entries.some((e) => e.isFile() && !e.name.startsWith('.')) ? [rel] : [];
  return [
    ...here,
    ...entries.filter((e) => e.isDirectory()).flatMap((e) => leafFolders(dir, rel ? `${rel}/${e.name}` : e.name)),
  ];
}

it('every folder under content/ belongs to a declared type', () => {
  const folders = leafFolders('content').filter(Boolean);
  expect(folders.length).toBeGreaterThan(0);
  expect(folders.filter((f) => !typeOfFolder(`${f}/x`))).toEqual([]);
});

it('every declared type has its folder and is the only one there', () => {
  for (const t of CONTENT_TYPES) {
    expect(existsSync(path.join('content', t.folder)), t.folder).toBe(true);
    expect(typeOfFolder(`${t.folder}/x`)?.name).toBe(t.name);
  }
  expect(new Set(CONTENT_TYPES.map((t) => t.name)).size).toBe(CONTENT_TYPES.length);
});

/** Every route file of src/pages, as a path pattern ("/processkarta/[id]/"). */
function routes(dir = 'src/pages', rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return routes(dir, r);
    if (!e.name.endsWith('.astro')) return [];
    const route = r.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
    return [route ? `/${route}/` : '/'];
  });
}

/** Whether a page route renders a site path: "[id]" is one segment, "[...slug]" one or more. */
function matches(route: string, sitePath: string): boolean {
  const r = route.split('/').filter(Boolean);
  const s = sitePath.split('/').filter(Boolean);
  const same = (seg: string, i: number) => seg.startsWith('[') || seg === s[i];
  if (r.at(-1)?.startsWith('[...')) return s.length >= r.length && r.slice(0, -1).every(same);
  return r.length === s.length && r.every(same);
}

/** The ids of the entries a type has in content/ (files it loads). */
const idsIn = (folder: string) =>
  existsSync(path.join('content', folder))
    ? readdirSync(path.join('content', folder), { recursive: true, encoding: 'utf8' })
        .map((f) => f.split(path.sep).join('/'))
        .filter((f) => typeOfFile(`${folder}/${f}`))
    : [];

/** Source of the code that renders pages: a type's collection is read there by name. */
const pageCode = ['src/pages', 'src/components', 'src/lib']
  .flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).map((f) => path.join(d, f)))
  .filter((f) => /\.(astro|ts)$/.test(f))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('every declared type has a page in src/pages', () => {
  const pages = routes();
  for (const t of CONTENT_TYPES) {
    it(t.name, () => {
      const files = idsIn(t.folder);
      const ids = files.length ? files.map((f) => t.id(f)) : ['exempel-id'];
      const missing = ids
        .map((id) => entryPath(t.name, id).split('#')[0])
        .filter((p) => !pages.some((r) => matches(r, p)));
      expect(missing).toEqual([]);
      expect(pageCode, `no page code reads the collection '${t.name}'`).toMatch(
        new RegExp(`(getCollection|getEntry|sorted|sectionIntro)\\(\\s*['"]${t.name}['"]|getEntry\\('${t.name}'`),
      );
    });
  }
});

describe('each declaration', () => {
  for (const t of CONTENT_TYPES) {
    it(`${t.name}: help for exactly the fields the schema has`, () => {
      const keys = allowedKeys(t.schema(stubRef), []);
      expect(Object.keys(t.fields).sort()).toEqual([...keys].sort());
      for (const [k, f] of Object.entries(t.fields)) expect(f.help.length, k).toBeGreaterThan(5);
    });
    it(`${t.name}: loads its own files and no others`, () => {
      for (const ext of t.extensions) expect(typeOfFile(`${t.folder}/x.${ext}`)?.name).toBe(t.name);
      expect(typeOfFile(`${t.folder}/x.txt`)).toBeUndefined();
    });
  }
});
