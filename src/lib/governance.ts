// The governance fields a page shows, whatever content type it comes from.
export interface Governance {
  owner: { collection: string; id: string };
  reviewed: Date;
  reviewInterval?: number;
  reviewBy?: Date;
  status?: 'gällande' | 'utkast' | 'arkiverad';
}
