// An item whose own text says the sources name no responsible party must not name one:
// a caseworker reads "Ansvarig: …" and acts on it. Write `responsibility:` instead.
import type { Entry } from '../load.ts';
import type { CheckContext, Rule } from '../context.ts';
import type { Problem } from '../problem.ts';

/** Swedish ways of saying "who is responsible is not given / is open". */
// \b is ASCII-only in JS (å, ä, ö are not word characters), so words are bounded by letters.
const w = (src: string) => new RegExp(`(?<!\\p{L})${src}(?!\\p{L})`, 'iu');
const NOT_GIVEN: readonly RegExp[] = [
  w('(anger|säger|nämner|beskriver)\\s+inte\\s+vem'),
  w('framgår\\s+inte\\s+vem'),
  w('ansvar(et|ig)?\\s+(framgår|anges)\\s+inte'),
  w('vem\\s+som[^.]{0,100}?(är|förblir)\\s+(inte\\s+klarlagt|oklart|en\\s+öppen\\s+fråga)'),
  w('öppen\\s+fråga[^.]{0,60}?vem'),
];

export function saysNotGiven(text: string): string | undefined {
  for (const re of NOT_GIVEN) {
    const m = re.exec(text.replace(/\s+/g, ' '));
    if (m) return m[0];
  }
  return undefined;
}

const FIX =
  'ta bort responsible och skriv responsibility: framgar-inte (eller oppen-fraga för frågan i slutrapporten avsnitt 5), eller ändra texten om källan faktiskt anger vem som ansvarar';

function check(
  ctx: CheckContext,
  e: Entry,
  path: (string | number)[],
  item: Record<string, unknown>,
  textField: string,
): Problem[] {
  const text = item[textField];
  if (typeof item.responsible !== 'string' || typeof text !== 'string') return [];
  const said = saysNotGiven(text);
  if (!said) return [];
  return [
    ctx.atField(
      'responsibility-text',
      e,
      [...path, 'responsible'],
      `texten säger att ansvaret inte framgår ("${said}"), men punkten anger ändå responsible: ${item.responsible}`,
      FIX,
    ),
  ];
}

export const responsibilityText: Rule = {
  id: 'responsibility-text',
  run: (ctx) => [
    ...ctx.inCollection('checklista').flatMap((e) => (e.raw ? check(ctx, e, [], e.raw, 'why') : [])),
    ...ctx.inCollection('samverkansmodeller').flatMap((e) => {
      const steps = e.raw?.steps;
      if (!Array.isArray(steps)) return [];
      return steps.flatMap((s: unknown, i) =>
        s && typeof s === 'object' ? check(ctx, e, ['steps', i], s as Record<string, unknown>, 'description') : [],
      );
    }),
  ],
};
