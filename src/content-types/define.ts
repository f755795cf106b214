// What a content type declares, in one place: where its files live, how they
// are validated, where its entries appear on the site, how editors call it and
// how `npm run new` writes a new one. Plain TypeScript (no astro:content), so
// the Astro config, the checker, the URL helpers and the Node scripts all read it.
import type { z } from 'astro/zod';
import type { TypeSearchWeight } from '../lib/search/type-weights.ts';
import type { RefFn } from '../schemas/ref.ts';

/** Existing ids the placeholders of a new entry point at, so it passes `npm run check` at once. */
export interface ScaffoldIds {
  /** A unit of the city (kind: stadens-enhet). */
  owner: string;
  /** Two different actors. */
  actors: [string, string];
  phase: string;
  /** The first free place in the map's phases, and among the steps of `phase`: a new entry never shares an order. */
  nextPhaseOrder: number;
  nextStepOrder: number;
}

/** What `npm run new` knows when it writes an entry. */
export interface ScaffoldInput {
  title: string;
  /** The file name without extension, which is also the id and the address. */
  slug: string;
  /** YYYY-MM-DD */
  today: string;
  ids: ScaffoldIds;
}

/** One field as editors meet it: Swedish help and an example written as YAML. */
export interface FieldHelp {
  /** Swedish help: the comment above the field in a new entry, and the JSON Schema description. */
  help: string;
  /** The field's value in a new entry, as YAML text (may span lines). */
  example: string | ((input: ScaffoldInput) => string);
  /** Optional fields are written commented out, as a hint. */
  commented?: boolean;
  /**
   * Running text readers read (language notes and LIX): true for the whole
   * value, or the keys of its items that are text (steps: title, description).
   */
  prose?: true | readonly string[];
}

/** The #anchors an entry adds to a page of the site. */
export interface PageAnchors {
  path: string;
  ids: readonly string[];
}

/** Helpers a declaration's anchor rule may use for pages of other types. */
export interface AnchorHelpers {
  pathOf: (collection: string, id: string) => string;
}

export interface ContentType<Name extends string = string, S extends z.ZodType = z.ZodType> {
  /** The collection name (used in references and by getCollection). */
  name: Name;
  /** Folder under content/. */
  folder: string;
  /** File extensions loaded, the first one is what `npm run new` writes. */
  extensions: readonly string[];
  /** The Zod schema, a factory over Astro's reference() (see src/schemas/ref.ts). */
  schema: (ref: RefFn) => S;
  /** The entry id of a file, from its path inside the folder. */
  id: (pathInFolder: string) => string;
  /** Root-relative address of an entry (without the base path); may end in #anchor. */
  path: (id: string) => string;
  /**
   * The #anchors the pages give a valid entry, beyond the headings of its own
   * text (which land on the page of `path`). Must follow src/pages.
   */
  anchors?: (entry: { id: string; data: z.output<S> }, helpers: AnchorHelpers) => PageAnchors[];
  /** How editors call it, in Swedish; `collection` is the whole collection in running text ("finns inte bland aktörer", "läses inte in i checklistan"). */
  labels: { singular: string; plural: string; collection: string };
  /** Every field of the schema, in the order a new entry lists them. */
  fields: { [K in keyof z.input<S> & string]-?: FieldHelp };
  /** The text of a new entry below its frontmatter (Markdown/MDX types only). */
  body?: (input: ScaffoldInput) => string;
  /** Swedish help on writing that text, as comment lines at the end of the frontmatter. */
  bodyHelp?: string;
  /**
   * How search ranks the type's pages: `type` is their "Innehållstyp" filter value (the `type` of
   * <Base> in src/pages), `weight` how much a match in their title counts (src/lib/search/type-weights.ts).
   */
  search?: { type: string; weight: TypeSearchWeight };
}

/** Declares a content type; the identity function that checks the declaration. */
export const defineContentType = <const Name extends string, S extends z.ZodType>(type: ContentType<Name, S>) => type;
