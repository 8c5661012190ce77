/**
 * "Did you mean …?": the subject whose name is closest to a query that found little. Imported by
 * the search page only when a search gives fewer than a few results, with the page's subjects
 * file (/search/subjects.json); Fuse.js comes with it, so a search that finds enough costs nothing more.
 */
import { createSubjectMatcher, type Closeness } from './fuzzy-subjects.ts';
import type { SubjectSuggestion } from '../views/search.ts';

let matcher: Promise<ReturnType<typeof createSubjectMatcher<SubjectSuggestion>>> | undefined;

/** The subjects closest to `query`, best first (at most `limit`), from the subjects file at `url`. */
export async function suggestSubjects(
  url: string,
  query: string,
  closeness: Closeness = 'close',
  limit = 1,
): Promise<SubjectSuggestion[]> {
  matcher ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<SubjectSuggestion[]>;
    })
    .then((subjects) => createSubjectMatcher(subjects))
    .catch((error) => {
      matcher = undefined;
      throw error;
    });
  return (await matcher)(query, limit, closeness);
}
