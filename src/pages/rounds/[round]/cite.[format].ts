import type { APIRoute } from 'astro';
import { getRounds, type Round } from '../../../record/rounds.ts';
import { toBibtex, toCslJson, toRis } from '../../../publish/cite-formats.ts';
import { absoluteUrlFor } from '../../../site.ts';
import { roundPath } from '../../../format/urls.ts';

/** /rounds/<n>/cite.bib, cite.ris and cite.json: the round for reference managers. */
const FORMATS = {
  bib: { render: toBibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { render: toRis, type: 'application/x-research-info-systems; charset=utf-8' },
  json: { render: toCslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export async function getStaticPaths() {
  const rounds = await getRounds();
  return rounds.flatMap((round) =>
    Object.keys(FORMATS).map((format) => ({ params: { round: String(round.data.round), format }, props: { round } })),
  );
}

export const GET: APIRoute<{ round: Round }> = ({ params, props }) => {
  const format = FORMATS[params.format as keyof typeof FORMATS];
  const body = format.render(props.round.data, absoluteUrlFor(roundPath(props.round.data.round)));
  return new Response(body, { headers: { 'Content-Type': format.type } });
};
