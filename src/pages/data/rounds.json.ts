import { FILES } from '../../format/urls.ts';
import type { APIRoute } from 'astro';
import { getRounds } from '../../record/rounds.ts';
import { DATA_VERSION, toRoundListingJson } from '../../publish/open-data.ts';
import { absoluteUrlFor } from '../../site.ts';

/** /data/rounds.json: every round as data, oldest first; each round's text is in its own file. */
export const GET: APIRoute = async () => {
  const rounds = (await getRounds()).map((round) => toRoundListingJson(round, absoluteUrlFor));
  const body = { $schema: absoluteUrlFor(FILES.roundsSchema), version: DATA_VERSION, rounds };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
