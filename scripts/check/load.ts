// Reads every file under content/: splits MDX frontmatter from the body,
// parses YAML with js-yaml (as Astro does) and MDX bodies with remark.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Root } from 'mdast';
import { typeOfFile, type SomeContentType } from '../../src/content-types/index.ts';
import { parseMarkdown, parseMdx } from './markdown.ts';

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
  /** The YAML data as js-yaml reads it; undefined when it could not be read. */
  raw?: Record<string, unknown>;
  /** The YAML text (whole file, or the frontmatter) and its first line in the file. */
  yaml: string;
  yamlLine: number;
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

/** Plain Swedish for js-yaml's most common complaints. */
const YAML_REASONS: [RegExp, string, string][] = [
  [/duplicated mapping key/, 'samma fält står två gånger', 'ta bort eller slå ihop den ena raden'],
  [/bad indentation/, 'felaktig indragning', 'rada upp fältet med fälten ovanför (mellanslag, inte tabb)'],
  [/tab characters must not be used/, 'tabbtecken i indragningen', 'använd mellanslag i stället för tabb'],
  [
    /within a (double|single) quoted scalar|unexpected end of the stream/,
    'ett citattecken stängs aldrig',
    'lägg till det avslutande citattecknet',
  ],
  [
    /implicit key|end of the stream or a document separator|incomplete explicit mapping pair|expected <block end>/,
    'raden går inte att tolka som "fält: värde"',
    'kontrollera kolon och indragning; sätt texten inom citattecken om den innehåller kolon (:) eller börjar med ett specialtecken',
  ],
];

function yamlError(e: unknown, text: string, firstLine: number): SyntaxError {
  const err = e as { reason?: string; message?: string; mark?: { line: number } };
  const reason = err.reason ?? err.message ?? String(e);
  const known = YAML_REASONS.find(([re]) => re.test(reason));
  let at = err.mark?.line ?? 0;
  // js-yaml notices an unclosed quote only at the end of the file: point at where it opened.
  if (/quoted scalar/.test(reason)) {
    const lines = text.split(/\r?\n/);
    for (let i = Math.min(at, lines.length - 1); i >= 0; i--)
      if (/:\s*["']/.test(lines[i])) {
        at = i;
        break;
      }
  }
  return {
    line: firstLine + at,
    field: 'YAML',
    message: known ? `${known[1]} (${reason})` : `YAML-fel: ${reason}`,
    fix: known ? known[2] : 'rätta raden; jämför med en fungerande fil av samma typ',
  };
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
  try {
    const data = yaml.load(entry.yaml);
    if (data && typeof data === 'object' && !Array.isArray(data)) entry.raw = data as Record<string, unknown>;
    else
      entry.syntax.push({
        line: entry.yamlLine,
        field: 'YAML',
        message: 'filen innehåller inga fält',
        fix: 'skriv fälten som "fält: värde", ett per rad',
      });
  } catch (e) {
    entry.syntax.push(yamlError(e, entry.yaml, entry.yamlLine));
  }
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
