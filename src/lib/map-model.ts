// The process map as one plain data model: phases, steps in reading order,
// lanes, handovers and facilitator notes. Built once from the collections
// (src/lib/load-map.ts) and used by the map page, the presentation's notes
// (/processkarta/karta.json) and the PDF and PowerPoint exports. Pure.
import { findHandovers } from './handover.ts';
import { layoutSwimlane, type Lane } from './swimlane.ts';

export interface MapInputPhase {
  id: string;
  order: number;
  title: string;
  summary: string;
  notes: string[];
}

export interface MapInputStep {
  id: string;
  phase: string;
  title: string;
  summary: string;
  description: string;
  /** Actor ids, lead first. */
  actors: string[];
  models: { title: string; url: string }[];
  notes: string[];
  url: string;
  /** Who is responsible is not decided by the sources (the lane is only the first actor). */
  openResponsibility?: boolean;
}

export interface MapStep extends MapInputStep {
  number: number;
  lead: string;
  column: number;
  row: number;
  /** The lead actor of the next step when it is another one. */
  handoverTo: string | null;
}

export interface MapModel {
  phases: MapInputPhase[];
  steps: MapStep[];
  lanes: Lane[];
  rows: number;
  /** Actor id → display name. */
  actors: Record<string, string>;
}

/**
 * @param phases in display order
 * @param steps in reading order (phase by phase, then by order)
 */
export function buildMapModel(
  phases: MapInputPhase[],
  steps: MapInputStep[],
  actorNames: Record<string, string>,
): MapModel {
  const layout = layoutSwimlane(
    phases.map((p) => p.id),
    steps.map((s) => ({ id: s.id, phase: s.phase, actors: s.actors })),
  );
  const handoverTo = new Map(
    findHandovers(steps.map((s) => ({ id: s.id, lead: s.actors[0], open: !!s.openResponsibility }))).map((h) => [
      h.from,
      h.toActor,
    ]),
  );
  const used = new Set(steps.flatMap((s) => s.actors));
  return {
    phases,
    lanes: layout.lanes,
    rows: layout.rows,
    actors: Object.fromEntries(Object.entries(actorNames).filter(([id]) => used.has(id))),
    steps: steps.map((s, i) => {
      const p = layout.steps[i];
      return {
        ...s,
        number: p.number,
        lead: p.lane,
        column: p.column,
        row: p.row,
        handoverTo: handoverTo.get(s.id) ?? null,
      };
    }),
  };
}

/** The actor's display name, or its id when it has none. */
export const actorName = (model: MapModel, id: string) => model.actors[id] ?? id;
