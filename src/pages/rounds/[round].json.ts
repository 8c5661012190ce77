import type { APIRoute } from 'astro';
import { getRounds, type Round } from '../../record/rounds.ts';
import { roundJsonFile, toResponse } from '../../views/open-data-files.ts';

/** /rounds/<n>.json (views/open-data-files.ts). */
export async function getStaticPaths() {
  return (await getRounds()).map((round) => ({ params: { round: String(round.data.round) }, props: { round } }));
}

export const GET: APIRoute<{ round: Round }> = ({ props, locals: { language } }) =>
  toResponse(roundJsonFile(props.round, language));
