// Which pages are due for review (within `soonDays`) or overdue, grouped by
// the owning unit. Shared by /granskning/ and `npm run report`.
import { nextReview, reviewState, type Reviewable } from './review.ts';

export interface ReviewInput extends Reviewable {
  title: string;
  /** Site path without base, e.g. /samverkansmodeller/x/. */
  path: string;
  /** Source file, relative to the project root. */
  file: string;
  owner: { id: string; name: string };
  status?: string;
}

export interface ReviewItem {
  title: string;
  path: string;
  file: string;
  reviewed: Date;
  next: Date;
  state: 'snart' | 'forsenad';
  /** Days until the next review; negative when overdue. */
  days: number;
  draft: boolean;
}

export interface ReviewGroup {
  owner: { id: string; name: string };
  items: ReviewItem[];
}

const DAY = 86_400_000;

/** Pages due within `soonDays` or overdue, by owner (A–Ö), most urgent first. Archived pages are left out. */
export function reviewReport(pages: readonly ReviewInput[], today: Date, soonDays = 30): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  for (const p of pages) {
    if (p.status === 'arkiverad') continue;
    const next = nextReview(p);
    const state = reviewState(next, today, soonDays);
    if (state === 'ok') continue;
    const group = groups.get(p.owner.id) ?? { owner: p.owner, items: [] };
    groups.set(p.owner.id, group);
    group.items.push({
      title: p.title,
      path: p.path,
      file: p.file,
      reviewed: p.reviewed,
      next,
      state,
      days: Math.floor((next.getTime() - today.getTime()) / DAY),
      draft: p.status === 'utkast',
    });
  }
  const list = [...groups.values()];
  for (const g of list)
    g.items.sort((a, b) => a.next.getTime() - b.next.getTime() || a.title.localeCompare(b.title, 'sv'));
  return list.sort((a, b) => a.owner.name.localeCompare(b.owner.name, 'sv'));
}

/** "2 sidor behöver granskas, 1 är försenad." */
export function reviewSummary(groups: readonly ReviewGroup[]): string {
  const items = groups.flatMap((g) => g.items);
  if (!items.length) return 'Inga sidor behöver granskas inom 30 dagar.';
  const late = items.filter((i) => i.state === 'forsenad').length;
  const n = items.length;
  return `${n} ${n === 1 ? 'sida behöver' : 'sidor behöver'} granskas, ${late} ${late === 1 ? 'är försenad' : 'är försenade'}.`;
}
