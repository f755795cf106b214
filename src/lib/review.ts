// Review dates: when a page is next due and how urgent that is.

export type ReviewState = 'ok' | 'snart' | 'forsenad';

export interface Reviewable {
  reviewed: Date;
  reviewInterval?: number;
  reviewBy?: Date;
}

/** The next review date: reviewBy when given, else reviewed + reviewInterval months. */
export function nextReview({ reviewed, reviewInterval = 12, reviewBy }: Reviewable): Date {
  if (reviewBy) return reviewBy;
  const d = new Date(reviewed);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + reviewInterval);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

const DAY = 86_400_000;

/** 'forsenad' when past due, 'snart' within `soonDays`, else 'ok'. */
export function reviewState(next: Date, today: Date, soonDays = 30): ReviewState {
  const days = Math.floor((next.getTime() - today.getTime()) / DAY);
  if (days < 0) return 'forsenad';
  if (days <= soonDays) return 'snart';
  return 'ok';
}

const fmt = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "23 november 2026" */
export const formatDate = (d: Date) => fmt.format(d);
/** "2026-11-23", for <time datetime>. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
