// Lays out the process map as a swimlane: columns are phases, lanes are the
// actors that lead at least one step (a step's first actor). Pure, so the
// map component stays thin and the placement rules are unit-tested.

export interface SwimlaneStep {
  id: string;
  phase: string;
  /** Actor ids; the first one is the lane the step is drawn in. */
  actors: string[];
}

export interface Lane {
  actor: string;
  /** First body row of the lane (1-based; row 1 is the first row under the phase headings). */
  row: number;
  /** Rows the lane spans: the most steps it has in any one phase (at least 1). */
  span: number;
}

export interface PlacedStep {
  id: string;
  /** Reading-order number across the whole map, starting at 1. */
  number: number;
  phase: string;
  lane: string;
  /** 1-based phase column. */
  column: number;
  /** 1-based body row. */
  row: number;
  /** Actors other than the lane's, in data order. */
  coActors: string[];
}

export interface SwimlaneLayout {
  columns: string[];
  lanes: Lane[];
  steps: PlacedStep[];
  /** Total body rows (sum of lane spans). */
  rows: number;
}

/**
 * @param phases phase ids in display order
 * @param steps steps in reading order (phase by phase, then by order)
 */
export function layoutSwimlane(phases: string[], steps: SwimlaneStep[]): SwimlaneLayout {
  const column = new Map(phases.map((p, i) => [p, i + 1]));
  const unknown = steps.filter((s) => !column.has(s.phase));
  if (unknown.length) throw new Error(`Steg med okänd fas: ${unknown.map((s) => s.id).join(', ')}`);
  const leaderless = steps.filter((s) => s.actors.length === 0);
  if (leaderless.length) throw new Error(`Steg utan aktör: ${leaderless.map((s) => s.id).join(', ')}`);

  // Lanes in order of first appearance, so the map reads top-left to bottom-right.
  const laneIds = [...new Set(steps.map((s) => s.actors[0]))];
  const cellCount = new Map<string, number>();
  const indexInCell = steps.map((s) => {
    const key = `${s.actors[0]}\u0000${s.phase}`;
    const n = cellCount.get(key) ?? 0;
    cellCount.set(key, n + 1);
    return n;
  });

  let next = 1;
  const lanes: Lane[] = laneIds.map((actor) => {
    const span = Math.max(1, ...phases.map((p) => cellCount.get(`${actor}\u0000${p}`) ?? 0));
    const lane = { actor, row: next, span };
    next += span;
    return lane;
  });
  const laneRow = new Map(lanes.map((l) => [l.actor, l.row]));

  return {
    columns: [...phases],
    lanes,
    rows: next - 1,
    steps: steps.map((s, i) => ({
      id: s.id,
      number: i + 1,
      phase: s.phase,
      lane: s.actors[0],
      column: column.get(s.phase)!,
      row: laneRow.get(s.actors[0])! + indexInCell[i],
      coActors: s.actors.slice(1),
    })),
  };
}
