import type { APIRoute } from 'astro';
import { getRounds } from '../record/rounds.ts';
import { renderAtomFeed } from '../publish/atom-feed.ts';
import { FEED_LENGTH, absoluteUrlFor } from '../site.ts';
import { ARCHIVE_NAME } from '../format/archive-name.ts';
import { FILES, roundPath } from '../format/urls.ts';

/** /feed.xml: an Atom feed of the most recent rounds, newest first. */
export const GET: APIRoute = async () => {
  const rounds = (await getRounds()).map((r) => ({ ...r, pageUrl: absoluteUrlFor(roundPath(r.data.round)) }));
  const body = renderAtomFeed(rounds, {
    title: ARCHIVE_NAME,
    homeUrl: absoluteUrlFor('/'),
    feedUrl: absoluteUrlFor(FILES.feed),
    limit: FEED_LENGTH,
    completeRecordUrl: absoluteUrlFor(FILES.roundsJson),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
