// Reads every file under content/: splits MDX frontmatter from the body,
// parses YAML as Astro does (src/lib/content-yaml.ts) and bodies with the
// build's Markdown parser, keeping positions for the messages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYaml, type ParsedYaml } from '../../src/lib/content-yaml.ts';
import type { Root } from 'mdast';
import { typeOfFile, type SomeContentType } from '../../src/content-types/index.ts';
import { parseMarkdown, parseMdx } from './markdown.ts';
import { yamlProblem } from './yaml-errors.ts';

export interface SyntaxError {
  line: number;
  field: string;
  message: string;
  fix: string;
}

export interface Entry {
  file: string;
  /** Path relative to content/, with forward slashes. */
  rel: string;
  collection: SomeContentType;
  /** The id Astro's glob loader gives the file (slugged path without extension). */
  id: string;
  /** The YAML data as the build reads it; undefined when it could not be read. */
  raw?: Record<string, unknown>;
  /** The YAML text (whole file, or the frontmatter) and its first line in the file. */
  yaml: string;
  yamlLine: number;
  /** The parsed YAML document with positions; undefined when the file has no frontmatter. */
  parsed?: ParsedYaml;
  /** MDX body, its first line in the file and its syntax tree. */
  body?: string;
  bodyLine?: number;
  tree?: Root;
  syntax: SyntaxError[];
}

export interface LoadedContent {
  contentDir: string;
  entries: Entry[];
  /** Files that no collection loads (wrong folder or file type). */
  stray: string[];
  fileCount: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.'))
    .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    .sort();
}

function readEntry(file: string, rel: string, collection: SomeContentType): Entry {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const entry: Entry = {
    file,
    rel,
    collection,
    id: collection.id(rel.slice(collection.folder.length + 1)),
    yaml: text,
    yamlLine: 1,
    syntax: [],
  };
  if (/\.mdx?$/.test(file)) {
    const lines = text.split(/\r?\n/);
    const close = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
    if (close < 0) {
      entry.syntax.push({
        line: 1,
        field: 'frontmatter',
        message: lines[0]?.trim() === '---' ? 'frontmatter avslutas aldrig' : 'filen börjar inte med frontmatter',
        fix: 'börja filen med en rad ---, fälten, och en rad --- före texten',
      });
      return entry;
    }
    entry.yaml = lines.slice(1, close).join('\n');
    entry.yamlLine = 2;
    entry.body = lines.slice(close + 1).join('\n');
    entry.bodyLine = close + 2;
    const parsed = file.endsWith('.md') ? { tree: parseMarkdown(entry.body) } : parseMdx(entry.body);
    if ('tree' in parsed) entry.tree = parsed.tree;
    else {
      entry.syntax.push({
        line: entry.bodyLine + parsed.error.line - 1,
        field: 'text',
        message: `texten går inte att tolka som MDX: ${parsed.error.message}`,
        fix: parsed.error.fix,
      });
    }
  }
  entry.parsed = parseYaml(entry.yaml);
  const problem = yamlProblem(entry.parsed, entry.yaml);
  if (problem) {
    entry.syntax.push({ ...problem, line: entry.yamlLine + problem.line - 1, field: 'YAML' });
    return entry;
  }
  const data: unknown = entry.parsed.doc.toJS();
  if (data && typeof data === 'object' && !Array.isArray(data)) entry.raw = data as Record<string, unknown>;
  else
    entry.syntax.push({
      line: entry.yamlLine,
      field: 'YAML',
      message: 'filen innehåller inga fält',
      fix: 'skriv fälten som "fält: värde", ett per rad',
    });
  return entry;
}

export function loadContent(contentDir: string): LoadedContent {
  const files = walk(contentDir);
  const entries: Entry[] = [];
  const stray: string[] = [];
  for (const file of files) {
    const rel = path.relative(contentDir, file).split(path.sep).join('/');
    const collection = typeOfFile(rel);
    if (collection) entries.push(readEntry(file, rel, collection));
    else stray.push(file);
  }
  return { contentDir, entries, stray, fileCount: files.length };
}
