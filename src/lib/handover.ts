// Handovers on the process map: where the lead actor (a step's first actor)
// changes between two consecutive steps in reading order, responsibility
// passes from one unit to another. Pure, so the map, the step texts and the
// exports agree on where the arrows and the words go.

export interface LedStep {
  id: string;
  /** Lead actor id (the step's first actor). */
  lead: string;
  /** The sources leave open who is responsible: no handover is claimed into or out of it. */
  open?: boolean;
}

export interface Handover {
  from: string;
  to: string;
  /** Lead actor of `from`. */
  fromActor: string;
  /** Lead actor of `to`: the one who takes over. */
  toActor: string;
}

/** Every handover between consecutive steps, in reading order. */
export function findHandovers(steps: LedStep[]): Handover[] {
  const out: Handover[] = [];
  for (let i = 1; i < steps.length; i++) {
    const a = steps[i - 1];
    const b = steps[i];
    if (a.lead !== b.lead && !a.open && !b.open) out.push({ from: a.id, to: b.id, fromActor: a.lead, toActor: b.lead });
  }
  return out;
}

/** The sentence a card and the list view show after a step that hands over. */
export const handoverText = (actorName: string) => `Lämnas över till ${actorName}`;
