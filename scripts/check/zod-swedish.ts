// Zod issues in plain Swedish, each with a way to fix it.
import type { ZodType } from 'astro/zod';
import { didYouMean } from './suggest.ts';
import { NO_MESSAGE, type Issue } from './validate.ts';

export type Path = readonly PropertyKey[];

export interface Described {
  path: Path;
  message: string;
  fix: string;
}

/** "steps[2].responsible" */
export const fieldName = (path: Path) =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') ||
  '(hela filen)';

export function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

interface Def {
  type: string;
  shape?: Record<string, ZodType>;
  element?: ZodType;
  innerType?: ZodType;
  in?: ZodType;
}
const defOf = (s: ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema at `path` (through optional, default, arrays and the ref stub). */
function schemaAt(schema: ZodType, path: Path): ZodType | undefined {
  let s: ZodType | undefined = schema;
  const unwrap = () => {
    for (let d = defOf(s!); d.innerType || (d.type === 'pipe' && d.in); d = defOf(s!)) s = d.innerType ?? d.in;
  };
  for (const k of path) {
    unwrap();
    const d = defOf(s);
    s = typeof k === 'number' ? d.element : d.shape?.[String(k)];
    if (!s) return undefined;
  }
  unwrap();
  return s;
}

/** The fields an object at `path` allows. */
export const allowedKeys = (schema: ZodType, path: Path) => {
  const s = schemaAt(schema, path);
  return Object.keys((s && defOf(s).shape) ?? {});
};

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista (en rad per värde som börjar med "- ")',
  object: 'underfält (indragna rader med "fält: värde")',
  date: 'ett datum (ÅÅÅÅ-MM-DD)',
};

function kindOf(v: unknown): string {
  if (v === null) return 'tomt';
  if (Array.isArray(v)) return 'en lista';
  if (v instanceof Date) return 'ett datum';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return 'ett tal';
  if (typeof v === 'boolean') return 'true/false';
  if (typeof v === 'object') return 'underfält';
  return typeof v;
}

const show = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : JSON.stringify(v);
const short = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

/** A schema's own message reads "ska vara …": put the value in front. */
const own = (issue: Issue, value: unknown) => {
  if (issue.message === NO_MESSAGE) return undefined;
  return issue.message.startsWith('ska ') && value !== undefined
    ? `"${short(show(value))}" ${issue.message}`
    : issue.message;
};

function missing(issue: Issue, key: string): Described {
  const what =
    issue.code === 'invalid_value'
      ? `ett av: ${issue.values.map(String).join(', ')}`
      : issue.code === 'invalid_type'
        ? (EXPECTED[issue.expected] ?? issue.expected)
        : 'ett värde';
  return { path: issue.path, message: 'fältet saknas', fix: `lägg till raden "${key}: …" med ${what}` };
}

export function describeIssue(issue: Issue, raw: unknown, schema: ZodType): Described[] {
  const value = valueAt(raw, issue.path);
  const mine = own(issue, value);
  const last = issue.path.at(-1);
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, issue.path);
    return issue.keys.map((k) => ({
      path: [...issue.path, k],
      message: `okänt fält – kontrollera stavningen, tillåtna fält: ${allowed.join(', ')}`,
      fix: `rätta stavningen${didYouMean(k, allowed)} eller ta bort fältet`,
    }));
  }
  if (value === undefined && typeof last === 'string' && issue.code !== 'custom') return [missing(issue, last)];
  const d = (message: string, fix: string): Described[] => [{ path: issue.path, message, fix }];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'date') {
        return d(
          mine ?? `"${short(show(value))}" är inte ett giltigt datum`,
          'skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-01',
        );
      }
      return d(
        mine ?? `fel typ: ska vara ${EXPECTED[issue.expected] ?? issue.expected}, men är ${kindOf(value)}`,
        issue.expected === 'string'
          ? 'skriv text; sätt värdet inom citattecken om det ser ut som ett tal eller datum'
          : `skriv ${EXPECTED[issue.expected] ?? issue.expected}`,
      );
    case 'invalid_value': {
      const values = issue.values.map(String);
      return d(
        `ogiltigt värde "${short(show(value))}" – tillåtna värden: ${values.join(', ')}`,
        `välj ett av de tillåtna värdena${didYouMean(show(value), values)}`,
      );
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') {
        const len = typeof value === 'string' ? value.length : 0;
        return d(
          mine ?? `texten är för ${small ? 'kort' : 'lång'} (${len} tecken, ${small ? 'minst' : 'högst'} ${limit})`,
          small ? 'skriv ut texten mer utförligt' : 'korta texten',
        );
      }
      if (issue.origin === 'array') {
        const n = Array.isArray(value) ? value.length : 0;
        return d(
          mine ?? `listan har ${n} ${n === 1 ? 'värde' : 'värden'}, ${small ? 'minst' : 'högst'} ${limit} behövs`,
          small ? 'lägg till fler rader i listan' : 'ta bort rader ur listan',
        );
      }
      return d(
        mine ?? `talet ${show(value)} är för ${small ? 'litet' : 'stort'} (${small ? 'minst' : 'högst'} ${limit})`,
        `ange ett tal ${small ? 'från' : 'upp till'} ${limit}`,
      );
    }
    case 'invalid_format':
      if (issue.format === 'url')
        return d(
          mine ?? `"${short(show(value))}" är ingen giltig webbadress`,
          'skriv hela adressen, med https:// först',
        );
      return d(`"${short(show(value))}" har fel form`, mine ?? 'jämför med exemplet i CONTRIBUTING.md');
    case 'custom':
      return d('fälten passar inte ihop', mine ?? 'jämför med exemplet i CONTRIBUTING.md');
    default:
      return d(mine ?? 'ogiltigt värde', 'jämför med exemplet för innehållstypen i CONTRIBUTING.md');
  }
}
