// npm run report [-- --json]: pages due for review within 30 days and overdue
// pages, by owning unit. TODAY=YYYY-MM-DD pretends another day.
import path from 'node:path';
import { entryPath } from '../src/lib/urls.ts';
import { isoDay } from '../src/lib/review.ts';
import { reviewReport, reviewSummary, type ReviewInput } from '../src/lib/review-report.ts';
import { today as todayFromEnv } from '../src/node/today.ts';
import { loadContent, type Entry } from './check/load.ts';

const SOON_DAYS = 30;
const json = process.argv.includes('--json');
const today = todayFromEnv();
const content = loadContent(path.resolve('content'));

const asDate = (v: unknown) =>
  v instanceof Date ? v : typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : undefined;
const actorName = (id: string) => {
  const a = content.entries.find((e) => e.collection.name === 'aktorer' && e.id === id);
  return typeof a?.raw?.name === 'string' ? a.raw.name : id;
};

function toInput(e: Entry): ReviewInput | undefined {
  const d = e.raw;
  const reviewed = asDate(d?.reviewed);
  if (!d || typeof d.owner !== 'string' || !reviewed) return undefined;
  return {
    title: String(d.title ?? e.id),
    path: entryPath(e.collection.name, e.id),
    file: path.relative(process.cwd(), e.file).split(path.sep).join('/'),
    owner: { id: d.owner, name: actorName(d.owner) },
    reviewed,
    reviewInterval: typeof d.reviewInterval === 'number' ? d.reviewInterval : undefined,
    reviewBy: asDate(d.reviewBy),
    status: typeof d.status === 'string' ? d.status : undefined,
  };
}

const groups = reviewReport(
  content.entries.flatMap((e) => toInput(e) ?? []),
  today,
  SOON_DAYS,
);

if (json) {
  const out = {
    today: isoDay(today),
    soonDays: SOON_DAYS,
    groups: groups.map((g) => ({
      owner: g.owner,
      items: g.items.map((i) => ({ ...i, reviewed: isoDay(i.reviewed), next: isoDay(i.next) })),
    })),
  };
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(
    `Granskning av innehåll ${isoDay(today)}: sidor att granska inom ${SOON_DAYS} dagar och försenade sidor.\n`,
  );
  for (const g of groups) {
    console.log(`${g.owner.name} (${g.items.length})`);
    for (const i of g.items) {
      const dagar = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagar'}`;
      const when =
        i.state === 'forsenad' ? `FÖRSENAD ${dagar(-i.days)}` : i.days === 0 ? 'i dag' : `om ${dagar(i.days)}`;
      console.log(`  ${isoDay(i.next)}  ${when.padEnd(19)}  ${i.title}${i.draft ? ' (utkast)' : ''}  –  ${i.file}`);
    }
    console.log('');
  }
  console.log(reviewSummary(groups));
}
