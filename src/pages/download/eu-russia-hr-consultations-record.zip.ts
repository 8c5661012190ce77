import type { APIRoute } from 'astro';
import { getRecordFiles, getRounds, getSubjects } from '../../record/rounds.ts';
import { getRecordArchive } from '../../views/download.ts';
import { FILES_LANGUAGE } from '../../site.ts';

/** The whole record as one ZIP (views/download.ts); its size and SHA-256 are on /download/. */
export const GET: APIRoute = async () => {
  const archive = getRecordArchive(
    { subjects: await getSubjects(), rounds: await getRounds(), projectFiles: getRecordFiles() },
    FILES_LANGUAGE,
  );
  return new Response(Buffer.from(archive.bytes), { headers: { 'Content-Type': 'application/zip' } });
};
