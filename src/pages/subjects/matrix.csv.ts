import type { APIRoute } from 'astro';
import { getRounds, getSubjects } from '../../record/rounds.ts';
import { getSubjectRoundMatrix, indexSubjects } from '../../views/subjects.ts';
import { toMatrixCsv } from '../../publish/subjects-data.ts';

/** /subjects/matrix.csv: the subjects-by-round table for spreadsheets, every round whatever the archive's size. */
export const GET: APIRoute = async ({ locals: { language } }) => {
  const [subjects, rounds] = await Promise.all([getSubjects(), getRounds()]);
  const matrix = getSubjectRoundMatrix(subjects, rounds, indexSubjects(subjects, rounds, language), language);
  return new Response(toMatrixCsv(matrix), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
