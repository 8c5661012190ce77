import type { APIRoute } from 'astro';
import { getRounds, getSubjects } from '../../record/rounds.ts';
import { getSubjectRoundMatrix, indexSubjects } from '../../views/subjects.ts';
import { toMatrixCsv } from '../../publish/subjects-data.ts';
import { urlFor } from '../../site.ts';

/** /subjects/matrix.csv: the subjects-by-round table for spreadsheets, every round whatever the archive's size. */
export const GET: APIRoute = async () => {
  const [subjects, rounds] = await Promise.all([getSubjects(), getRounds()]);
  const matrix = getSubjectRoundMatrix(subjects, rounds, indexSubjects(subjects, rounds, urlFor), urlFor);
  return new Response(toMatrixCsv(matrix), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
