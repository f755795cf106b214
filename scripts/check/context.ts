// What rules get: the loaded content plus lookups computed once.
import type { Node } from 'unist';
import type { Entry, LoadedContent } from './load.ts';
import type { Problem } from './problem.ts';
import { buildSiteIndex, type SiteIndex } from './site-index.ts';
import { validateEntry, type Validation } from './validate.ts';
import { lineOf } from './yaml-positions.ts';
import { fieldName, type Path } from './zod-swedish.ts';

export interface CheckContext extends LoadedContent {
  /** Project root (src/pages and public/ live here). */
  root: string;
  today: Date;
  /** The entry with this id in a collection (the first one, if ids clash). */
  find(collection: string, id: string): Entry | undefined;
  inCollection(collection: string): Entry[];
  /** Schema validation of an entry whose YAML could be read. */
  validation(entry: Entry): Validation | undefined;
  /** The entry as its schema parses it; undefined when it is invalid or unreadable. */
  data(entry: Entry): Record<string, unknown> | undefined;
  /** Pages and #anchors of the built site, as far as content decides them. */
  site(): SiteIndex;
  /** A problem at a field of the entry's YAML. */
  atField(rule: string, entry: Entry, path: Path, message: string, fix: string, field?: string): Problem;
  /** A problem at a node of the entry's MDX body. */
  atNode(rule: string, entry: Entry, node: Node, field: string, message: string, fix: string): Problem;
}

export interface Rule {
  /** Module name, also shown in test output. */
  id: string;
  run(ctx: CheckContext): Problem[] | Promise<Problem[]>;
  /** Stay quiet about a field another (more specific) rule already reported. */
  defers?: boolean;
}

export function createContext(content: LoadedContent, root: string, today: Date): CheckContext {
  const index = new Map<string, Entry>();
  for (const e of content.entries) {
    const key = `${e.collection.name}/${e.id}`;
    if (!index.has(key)) index.set(key, e);
  }
  const validations = new Map<Entry, Validation>();
  let site: SiteIndex | undefined;
  const ctx: CheckContext = {
    ...content,
    root,
    today,
    find: (collection, id) => index.get(`${collection}/${id}`),
    inCollection: (collection) => content.entries.filter((e) => e.collection.name === collection),
    validation(entry) {
      if (!entry.raw) return undefined;
      if (!validations.has(entry))
        validations.set(
          entry,
          validateEntry(entry, (r) => index.has(`${r.collection}/${r.id}`)),
        );
      return validations.get(entry);
    },
    data: (entry) => ctx.validation(entry)?.data as Record<string, unknown> | undefined,
    site: () => (site ??= buildSiteIndex(content.entries, root, (e) => ctx.data(e))),
    atField(rule, entry, path, message, fix, field = fieldName(path)) {
      const at = entry.parsed && lineOf(entry.parsed, path);
      return { rule, file: entry.file, line: at === undefined ? 1 : entry.yamlLine + at - 1, field, message, fix };
    },
    atNode(rule, entry, node, field, message, fix) {
      const line = (entry.bodyLine ?? 1) + (node.position?.start.line ?? 1) - 1;
      return { rule, file: entry.file, line, field, message, fix };
    },
  };
  return ctx;
}
