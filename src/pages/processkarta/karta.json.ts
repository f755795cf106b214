// The process map's data as JSON: read by the presenter view (the facilitator
// notes are never in the audience's page) and by the PDF/PowerPoint exports
// after the build (src/integrations/map-exports.ts).
import type { APIRoute } from 'astro';
import { loadMap } from '../../lib/load-map.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadMap()), { headers: { 'content-type': 'application/json' } });
