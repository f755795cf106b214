// Dates that do not exist (2026-02-30). YAML quietly turns them into another
// day (2 March), so the schema cannot see them: read the text as written.
import type { Rule } from '../context.ts';
import { writtenAt } from '../yaml-positions.ts';

const DATE_FIELDS = ['reviewed', 'reviewBy', 'adopted', 'lastChecked', 'date'];
const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** Why a written YYYY-MM(-DD) is not a real date, or undefined when it is. */
export function badDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  if (mo < 1 || mo > 12) return `månad ${mo} finns inte`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d !== undefined && (d < 1 || d > days)) return `${MONTHS[mo - 1]} ${y} har ${days} dagar`;
  return undefined;
}

export const dates: Rule = {
  id: 'dates',
  run: (ctx) =>
    ctx.entries.flatMap((e) =>
      DATE_FIELDS.flatMap((key) => {
        if (e.raw?.[key] === undefined || !e.parsed) return [];
        const written = writtenAt(e.parsed, e.yaml, [key])?.replace(/^["']|["']$/g, '');
        const why = written && badDate(written);
        return why
          ? [
              ctx.atField(
                'dates',
                e,
                [key],
                `"${written}" är inget riktigt datum: ${why}`,
                'rätta datumet (ÅÅÅÅ-MM-DD)',
              ),
            ]
          : [];
      }),
    ),
};
