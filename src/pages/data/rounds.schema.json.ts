import { FILES } from '../../format/urls.ts';
import type { APIRoute } from 'astro';
import { roundsJsonSchema } from '../../publish/open-data.ts';
import { absoluteUrlFor } from '../../site.ts';

/** /data/rounds.schema.json: the JSON Schema of the data files. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(roundsJsonSchema(absoluteUrlFor(FILES.roundsSchema)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
