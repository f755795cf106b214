// Real ids for the placeholders of `npm run new`, so a new entry passes the check at once.
import type { LoadedContent } from '../check/load.ts';
import type { ScaffoldIds } from '../../src/content-types/define.ts';

/** Ids that exist: the usual owning department, Intro Stockholm and the district administrations when present, else any. */
export function placeholderIds(content: LoadedContent): ScaffoldIds {
  const ids = (c: string) => content.entries.filter((e) => e.collection.name === c);
  const actors = ids('aktorer');
  const units = actors.filter((a) => a.raw?.kind === 'stadens-enhet').map((a) => a.id);
  const owner = units.includes('avdelningen-for-mottagande-av-nyanlanda')
    ? 'avdelningen-for-mottagande-av-nyanlanda'
    : (units[0] ?? 'avdelningen-for-mottagande-av-nyanlanda');
  const others = actors.map((a) => a.id).filter((id) => id !== owner);
  const prefer = ['intro-stockholm', 'stadsdelsforvaltningarna'].filter((id) => others.includes(id));
  const [a1, a2] = [...prefer, ...others.filter((id) => !prefer.includes(id)), owner, owner];
  const phases = ids('faser').sort((a, b) => Number(a.raw?.order ?? 0) - Number(b.raw?.order ?? 0));
  const phase = phases[0]?.id ?? 'ankomst';
  const steps = ids('processkarta').filter((s) => s.raw?.phase === phase);
  return {
    owner,
    actors: [a1, a2 === a1 ? owner : a2],
    phase,
    nextPhaseOrder: nextOrder(phases),
    nextStepOrder: nextOrder(steps),
  };
}

/** One past the highest `order` among the entries (1 when there are none). */
function nextOrder(entries: readonly { raw?: Record<string, unknown> }[]): number {
  return Math.max(0, ...entries.map((e) => Number(e.raw?.order)).filter(Number.isFinite)) + 1;
}
