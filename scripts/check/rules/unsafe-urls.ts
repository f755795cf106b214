// No javascript:, vbscript: or data: address anywhere: links, images and tags
// in the text, and every text field of the YAML (url, website …).
import { schemeOf, urlRisk } from '../../../src/lib/unsafe-urls.ts';
import type { CheckContext } from '../context.ts';
import type { Problem } from '../problem.ts';
import { unsafeRule } from '../unsafe.ts';
import type { Path } from '../zod-swedish.ts';

/** Every string in the YAML data, with its field path. */
function strings(value: unknown, at: Path = []): { path: Path; value: string }[] {
  if (typeof value === 'string') return [{ path: at, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...at, i]));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => strings(v, [...at, k]));
  return [];
}

function yamlUrls(ctx: CheckContext): Problem[] {
  return ctx.entries.flatMap((e) =>
    strings(e.raw).flatMap(({ path, value }) => {
      // Only a value that is an address (a scheme and nothing before it), not prose mentioning one.
      const risk = schemeOf(value) && !/\s/.test(value.trim()) ? urlRisk(value, 'link') : undefined;
      return risk?.kind === 'unsafe-url' ? [ctx.atField('unsafe-urls', e, path, risk.message, risk.fix)] : [];
    }),
  );
}

export const unsafeUrls = { ...unsafeRule('unsafe-urls', ['unsafe-url'], yamlUrls), defers: true };
