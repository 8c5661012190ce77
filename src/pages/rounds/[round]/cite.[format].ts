import type { APIRoute } from 'astro';
import { getRounds, type Round } from '../../../record/rounds.ts';
import { CITE_FORMATS, type CiteFormat } from '../../../format/urls.ts';
import { citationFile, toResponse } from '../../../views/open-data-files.ts';

/** /rounds/<n>/cite.bib, cite.ris and cite.json (views/open-data-files.ts). */
export async function getStaticPaths() {
  const rounds = await getRounds();
  return rounds.flatMap((round) =>
    CITE_FORMATS.map((format) => ({ params: { round: String(round.data.round), format }, props: { round } })),
  );
}

export const GET: APIRoute<{ round: Round }> = ({ params, props, locals: { language } }) =>
  toResponse(citationFile(props.round, params.format as CiteFormat, language));
