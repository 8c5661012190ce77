import type { APIRoute } from 'astro';
import { getRounds, getSubjects } from '../../record/rounds.ts';
import { getSubjectMatrix } from '../../views/subjects.ts';
import { toMatrixCsv } from '../../publish/subjects-data.ts';
import { urlFor } from '../../site.ts';

/** /subjects/matrix.csv: the subjects-by-round table for spreadsheets. */
export const GET: APIRoute = async () =>
  new Response(toMatrixCsv(getSubjectMatrix(await getSubjects(), await getRounds(), urlFor)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
