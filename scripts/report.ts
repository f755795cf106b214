// npm run report [-- --json]: pages due for review within 30 days and overdue
// pages, by owning unit. TODAY=YYYY-MM-DD pretends another day.
import path from 'node:path';
import { isoDay } from '../src/lib/review.ts';
import { reviewReport, reviewSummary, type ReviewInput } from '../src/lib/review-report.ts';
import { today as todayFromEnv } from '../src/node/today.ts';
import { createContext } from './check/context.ts';
import { loadContent, type Entry } from './check/load.ts';

const SOON_DAYS = 30;
const json = process.argv.includes('--json');
const today = todayFromEnv();
const ctx = createContext(loadContent(path.resolve('content')), process.cwd(), today);

/** The governance fields as the schemas parse them (only valid entries; `npm run check` reports the rest). */
interface Governed {
  title?: string;
  owner: { id: string };
  reviewed: Date;
  reviewInterval?: number;
  reviewBy?: Date;
  status?: string;
}
const governed = (d: Record<string, unknown> | undefined): d is Record<string, unknown> & Governed =>
  d?.reviewed instanceof Date && typeof d.owner === 'object';

const actorName = (id: string) => {
  const a = ctx.find('aktorer', id);
  const name = a && ctx.data(a)?.name;
  return typeof name === 'string' ? name : id;
};

function toInput(e: Entry): ReviewInput | undefined {
  const d = ctx.data(e);
  if (!governed(d)) return undefined;
  return {
    title: d.title ?? e.id,
    path: e.collection.path(e.id),
    file: path.relative(process.cwd(), e.file).split(path.sep).join('/'),
    owner: { id: d.owner.id, name: actorName(d.owner.id) },
    reviewed: d.reviewed,
    reviewInterval: d.reviewInterval,
    reviewBy: d.reviewBy,
    status: d.status,
  };
}

const groups = reviewReport(
  ctx.entries.flatMap((e) => toInput(e) ?? []),
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
