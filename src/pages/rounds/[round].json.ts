import { FILES } from '../../format/urls.ts';
import type { APIRoute } from 'astro';
import { getRounds, type Round } from '../../record/rounds.ts';
import { DATA_VERSION, toRoundJson } from '../../publish/open-data.ts';
import { absoluteUrlFor } from '../../site.ts';

/** /rounds/<n>.json: one round as data. */
export async function getStaticPaths() {
  return (await getRounds()).map((round) => ({ params: { round: String(round.data.round) }, props: { round } }));
}

export const GET: APIRoute<{ round: Round }> = ({ props }) =>
  new Response(
    `${JSON.stringify({ $schema: absoluteUrlFor(FILES.roundsSchema), version: DATA_VERSION, round: toRoundJson(props.round, absoluteUrlFor) }, null, 2)}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
