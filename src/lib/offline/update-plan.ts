// On a new deploy the worker fetches only what changed: a file whose URL and
// revision were in the previous copy is copied from the previous cache.

export interface Revisioned {
  url: string;
  revision: string;
}

export interface UpdatePlan {
  /** URLs whose unchanged response is copied from the previous cache. */
  copy: string[];
  /** URLs fetched from the network (new or changed). */
  fetch: string[];
}

export function planUpdate(previous: readonly Revisioned[] | undefined, next: readonly Revisioned[]): UpdatePlan {
  const before = new Map((previous ?? []).map((e) => [e.url, e.revision]));
  const plan: UpdatePlan = { copy: [], fetch: [] };
  for (const e of next) (before.get(e.url) === e.revision ? plan.copy : plan.fetch).push(e.url);
  return plan;
}
