import type { APIRoute } from 'astro';
import { getRounds, getSubjects } from '../../record/rounds.ts';
import { indexSubjects } from '../../views/subjects.ts';
import { SUBJECTS_DATA_VERSION, toSubjectJson } from '../../publish/subjects-data.ts';
import { FILES, subjectPath, toAbsoluteUrl } from '../../format/urls.ts';

/** /data/subjects.json: the cross-round index as data. */
export const GET: APIRoute = async ({ site, locals: { language } }) => {
  const [subjects, rounds] = await Promise.all([getSubjects(), getRounds()]);
  const absolute = (href: string) => toAbsoluteUrl(href, site!);
  const appearances = indexSubjects(subjects, rounds, language);
  const body = {
    $schema: language.absoluteUrlFor(FILES.subjectsSchema),
    version: SUBJECTS_DATA_VERSION,
    subjects: subjects.map((s) =>
      toSubjectJson(s, appearances.get(s.id)!, absolute, language.urlFor(subjectPath(s.id))),
    ),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
