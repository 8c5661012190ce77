/**
 * /subjects/<id>/feed.xml: an Atom feed of one subject, its newest rounds (those that raised it
 * or whose text names it) and the newest corrections of their records. English, like /feed.xml.
 */
import type { APIRoute } from 'astro';
import { getRounds, getSubjects, type Round } from '../../../record/rounds.ts';
import { isAbout } from '../../../record/mentions.ts';
import type { SubjectRecord } from '../../../record/subject-schema.ts';
import { renderAtomFeed } from '../../../publish/atom-feed.ts';
import { FEED_LENGTH, absoluteUrlFor } from '../../../site.ts';
import { ARCHIVE_NAME } from '../../../format/archive-name.ts';
import { roundPath, subjectFeedPath, subjectPath } from '../../../format/urls.ts';

export async function getStaticPaths() {
  const [subjects, rounds] = await Promise.all([getSubjects(), getRounds()]);
  return subjects.map((subject) => ({
    params: { subject: subject.id },
    props: { subject, rounds: rounds.filter((round) => isAbout(round, subject.id)) },
  }));
}

export const GET: APIRoute<{ subject: SubjectRecord; rounds: Round[] }> = ({ props: { subject, rounds } }) => {
  const body = renderAtomFeed(
    rounds.map((r) => ({ ...r, pageUrl: absoluteUrlFor(roundPath(r.data.round)) })),
    {
      title: `${ARCHIVE_NAME}: ${subject.data.name}`,
      homeUrl: absoluteUrlFor(subjectPath(subject.id)),
      feedUrl: absoluteUrlFor(subjectFeedPath(subject.id)),
      limit: FEED_LENGTH,
      completeRecordUrl: absoluteUrlFor(subjectPath(subject.id)),
      subject: subject.data.name,
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
