// Runs every rule over a content tree and collects all problems at once.
import path from 'node:path';
import { today as todayFromEnv } from '../../src/node/today.ts';
import { createContext, type Rule } from './context.ts';
import { languageNotes, type PageLanguage } from './language/notes.ts';
import { swedishDictionary } from './language/spelling.ts';
import { loadContent } from './load.ts';
import type { Problem } from './problem.ts';
import { dates } from './rules/dates.ts';
import { diagramA11y } from './rules/diagram-a11y.ts';
import { duplicateTitles } from './rules/duplicate-titles.ts';
import { duplicateUrls } from './rules/duplicate-urls.ts';
import { emptyLinks } from './rules/empty-links.ts';
import { headingLevels } from './rules/heading-levels.ts';
import { imageAlt } from './rules/image-alt.ts';
import { internalLinks } from './rules/internal-links.ts';
import { linkUrls } from './rules/link-urls.ts';
import { mermaidSyntax } from './rules/mermaid-syntax.ts';
import { owner } from './rules/owner.ts';
import { references } from './rules/references.ts';
import { responsibilityText } from './rules/responsibility-text.ts';
import { reviewDate } from './rules/review-date.ts';
import { schema } from './rules/schema.ts';
import { slugs } from './rules/slugs.ts';
import { strayFiles } from './rules/stray-files.ts';
import { syntax } from './rules/syntax.ts';
import { tags } from './rules/tags.ts';
import { components } from './rules/components.ts';
import { duplicateOrder } from './rules/duplicate-order.ts';
import { externalResources } from './rules/external-resources.ts';
import { mdxCode } from './rules/mdx-code.ts';
import { rawHtml } from './rules/raw-html.ts';
import { unsafeUrls } from './rules/unsafe-urls.ts';
import { shellPages } from './rules/shell-pages.ts';

/** Rules that defer (schema, review-date) come after the ones they defer to. */
export const RULES: readonly Rule[] = [
  syntax,
  strayFiles,
  slugs,
  references,
  owner,
  responsibilityText,
  linkUrls,
  unsafeUrls,
  rawHtml,
  externalResources,
  mdxCode,
  components,
  duplicateUrls,
  tags,
  dates,
  duplicateTitles,
  duplicateOrder,
  reviewDate,
  schema,
  internalLinks,
  shellPages,
  emptyLinks,
  imageAlt,
  headingLevels,
  mermaidSyntax,
  diagramA11y,
];

export interface CheckOptions {
  /** The content/ folder to check (default: <root>/content). */
  contentDir?: string;
  /** Project root, for src/pages and public/ (default: the working directory). */
  root?: string;
  today?: Date;
  rules?: readonly Rule[];
  /** Language notes and LIX (default: on). */
  language?: boolean;
}

export interface CheckResult {
  problems: Problem[];
  /** Language notes: they fail the check only with --strikt. */
  warnings: Problem[];
  /** LIX and number of language notes per entry. */
  pages: PageLanguage[];
  fileCount: number;
}

export async function runCheck(opts: CheckOptions = {}): Promise<CheckResult> {
  const language = opts.language ?? true;
  // The dictionary loads while the rules run.
  if (language) void swedishDictionary();
  const root = path.resolve(opts.root ?? process.cwd());
  const contentDir = path.resolve(root, opts.contentDir ?? 'content');
  const content = loadContent(contentDir);
  const ctx = createContext(content, root, opts.today ?? todayFromEnv());
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const rule of opts.rules ?? RULES) {
    const found = await rule.run(ctx);
    const key = (p: Problem) => `${p.file}\0${p.line}\0${p.field}`;
    const kept = rule.defers ? found.filter((p) => !reported.has(key(p))) : found;
    for (const p of kept) reported.add(key(p));
    problems.push(...kept);
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const notes = language ? await languageNotes(ctx) : { warnings: [], pages: [] };
  return { problems, ...notes, fileCount: content.fileCount };
}
