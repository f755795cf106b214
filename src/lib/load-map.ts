// Loads the process map's data model from the content collections (build time).
import { getCollection, getEntries } from 'astro:content';
import { buildMapModel, type MapModel } from './map-model.ts';
import { groupByPhase } from './process.ts';
import { entryUrl } from './urls.ts';

export async function loadMap(): Promise<MapModel> {
  const groups = groupByPhase(await getCollection('faser'), await getCollection('processkarta'));
  const actors = Object.fromEntries(
    (await getCollection('aktorer')).map((a) => [a.id, a.data.shortName ?? a.data.name] as const),
  );
  const steps = await Promise.all(
    groups.flatMap(({ phase, steps }) =>
      steps.map(async (s) => ({
        id: s.id,
        phase: phase.id,
        title: s.data.title,
        summary: s.data.summary,
        description: s.data.description,
        actors: s.data.actors.map((a) => a.id),
        models: (await getEntries(s.data.models)).map((m) => ({
          title: m.data.title,
          url: entryUrl('samverkansmodeller', m.id),
        })),
        notes: s.data.notes,
        url: entryUrl('processkarta', s.id),
        openResponsibility: s.data.responsibility !== undefined,
      })),
    ),
  );
  const phases = groups.map(({ phase }) => ({
    id: phase.id,
    order: phase.data.order,
    title: phase.data.title,
    summary: phase.data.summary,
    notes: phase.data.notes,
  }));
  return buildMapModel(phases, steps, actors);
}
