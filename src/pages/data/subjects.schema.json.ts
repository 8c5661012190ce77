import { FILES } from '../../format/urls.ts';
import type { APIRoute } from 'astro';
import { subjectsJsonSchema } from '../../publish/subjects-data.ts';
import { absoluteUrlFor } from '../../site.ts';

/** /data/subjects.schema.json: the JSON Schema of /data/subjects.json. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(subjectsJsonSchema(absoluteUrlFor(FILES.subjectsSchema)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
