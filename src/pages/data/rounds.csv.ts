import type { APIRoute } from 'astro';
import { getRounds } from '../../record/rounds.ts';
import { toRoundJson } from '../../publish/open-data.ts';
import { toRoundsCsv } from '../../publish/rounds-csv.ts';
import { absoluteUrlFor } from '../../site.ts';

/** /data/rounds.csv: every round as a spreadsheet row, oldest first. */
export const GET: APIRoute = async () =>
  new Response(toRoundsCsv((await getRounds()).map((round) => toRoundJson(round, absoluteUrlFor))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
