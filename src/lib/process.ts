// Groups process steps under their phases, both in order. Pure: used by the
// map, the step pages and the checklist.
export interface PhaseLike {
  id: string;
  data: { order: number; title: string };
}
export interface StepLike {
  id: string;
  data: { order: number; phase: { id: string } };
}

export function groupByPhase<P extends PhaseLike, S extends StepLike>(phases: P[], steps: S[]) {
  const ordered = [...phases].sort((a, b) => a.data.order - b.data.order);
  const known = new Set(ordered.map((p) => p.id));
  const orphans = steps.filter((s) => !known.has(s.data.phase.id));
  if (orphans.length) throw new Error(`Steg med okänd fas: ${orphans.map((s) => s.id).join(', ')}`);
  return ordered.map((phase) => ({
    phase,
    steps: steps
      .filter((s) => s.data.phase.id === phase.id)
      .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
  }));
}

/** Steps in reading order across all phases, with previous/next. */
export function flattenSteps<P extends PhaseLike, S extends StepLike>(phases: P[], steps: S[]) {
  return groupByPhase(phases, steps).flatMap((g) => g.steps);
}
