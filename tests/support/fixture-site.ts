/**
 * The fixture site: the project's code with the content of tests/fixtures/site/content (a handful
 * of fictional rounds covering each case: first and last round, source-only rounds with and
 * without a place, a text with a GFM table, a footnote and an autolink). The build and browser
 * suites run on it and derive their expectations from its files, read here through the real
 * loader's folder reader and paragraph model.
 */
import { join } from 'node:path';
import { readRoundFolder, type RoundFile } from '../../src/record/round-folder.ts';
import { getRoundParagraphs, type RoundParagraph } from '../../src/record/paragraphs.ts';
import { sortRounds } from '../../src/record/round-order.ts';
import { PROJECT_ROOT } from './build-site.ts';

/** The fixture site's content folder, relative to the project. */
export const FIXTURE_CONTENT = 'tests/fixtures/site/content';

/** A round of a content folder as the tests see it: the checked record and its numbered paragraphs. */
export interface ContentRound extends RoundFile {
  paragraphs: RoundParagraph[];
}

/** Reads a content folder's rounds (oldest first), failing loudly if the folder has any problem. */
export function readContentRounds(contentDir: string): ContentRound[] {
  const root = join(PROJECT_ROOT, contentDir, '..');
  const { rounds, errors } = readRoundFolder(join(PROJECT_ROOT, contentDir, 'rounds'), root);
  if (errors.length) throw new Error(`${contentDir} has problems:\n${errors.join('\n')}`);
  return sortRounds(rounds).map((round) => ({ ...round, paragraphs: getRoundParagraphs(round.body) }));
}

/** The fixture site's rounds, oldest first. */
export const fixtureRounds = (): ContentRound[] => readContentRounds(FIXTURE_CONTENT);

/** The newest fixture round that has text, and the oldest that has none: the two kinds of round page. */
export function pickRounds(rounds: readonly ContentRound[]) {
  const withText = rounds.filter((r) => r.hasText);
  const sourceOnly = rounds.filter((r) => !r.hasText);
  if (!withText.length || !sourceOnly.length) throw new Error('the fixture site needs rounds with and without text');
  return { latestText: withText.at(-1)!, sourceOnly: sourceOnly[0]!, withText, sourceOnlyRounds: sourceOnly };
}
