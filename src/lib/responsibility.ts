// One key per responsible party for filters and lists: the actor's id, or the
// "not decided" value when the sources name no one.
import { OPEN_RESPONSIBILITY, type OpenResponsibility } from '../schemas/common.ts';

export interface HasResponsible {
  responsible?: { id: string };
  responsibility?: OpenResponsibility;
}

export function responsibleKey(d: HasResponsible): string {
  return d.responsible?.id ?? d.responsibility ?? 'framgar-inte';
}

/** The label of a key: the actor's name, or the Swedish text of the open value. */
export function responsibleLabel(key: string, actorName: (id: string) => string): string {
  return key in OPEN_RESPONSIBILITY ? OPEN_RESPONSIBILITY[key as OpenResponsibility] : actorName(key);
}
