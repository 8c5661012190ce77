import { expect, test } from 'vitest';
import { citationTitle, formatCitation, formatSubjectCitation, type CitableRound } from '../../src/publish/citation.ts';
import { parseRoundDate } from '../../src/record/round-date.ts';

const withText: CitableRound = {
  round: 18,
  date: parseRoundDate('2013-11-28')!,
  place: 'Brussels',
  title: 'European Union–Russian Federation human rights consultations',
  source: { issuer: 'Council of the European Union', format: 'PDF' },
};
const sourceOnly: CitableRound = {
  round: 15,
  date: parseRoundDate('2012-07-20')!,
  place: undefined,
  title: undefined,
  source: { issuer: 'Council of the European Union', url: 'http://example.org/132000.pdf', format: 'PDF' },
};

test('cites a round by issuer, title, round, place and date, then its page', () => {
  expect(formatCitation(withText, 'https://x.org/rounds/18/')).toBe(
    'Council of the European Union, “European Union–Russian Federation human rights consultations”, 18th round, Brussels, 28 November 2013. https://x.org/rounds/18/.',
  );
});

test('cites a paragraph with "para. n" and its paragraph link', () => {
  expect(formatCitation(withText, 'https://x.org/rounds/18/', { paragraph: 6 })).toBe(
    'Council of the European Union, “European Union–Russian Federation human rights consultations”, 18th round, Brussels, 28 November 2013, para. 6. https://x.org/rounds/18/#p6.',
  );
});

test('describes a round whose title the archive lacks, leaves out an unknown place, and adds the official document', () => {
  expect(formatCitation(sourceOnly, 'https://x.org/rounds/15/')).toBe(
    'Council of the European Union, Press release on the 15th round of the EU–Russian Federation human rights consultations, 20 July 2012. https://x.org/rounds/15/ (official document: http://example.org/132000.pdf).',
  );
  expect(citationTitle(withText)).toBe('European Union–Russian Federation human rights consultations');
});

test('cites a round known only from public sources as the archive’s record, with the date as the record gives it', () => {
  const recordOnly: CitableRound = {
    round: 8,
    date: parseRoundDate('2008-10')!,
    place: undefined,
    title: undefined,
    source: undefined,
  };
  expect(formatCitation(recordOnly, 'https://x.org/rounds/8/')).toBe(
    'EU–Russia Human Rights Consultations Archive, Public record of the 8th round of the EU–Russian Federation human rights consultations, October 2008. https://x.org/rounds/8/.',
  );
});

test('only a release’s own title is quoted: a title the archive writes is a description, naming the round once', () => {
  for (const round of [sourceOnly, { ...sourceOnly, source: undefined }]) {
    const citation = formatCitation(round, 'https://x.org/rounds/15/');
    expect(citation).not.toMatch(/[“”]/);
    expect(citation.match(/15th round/g)).toHaveLength(1);
    expect(citation).toContain(citationTitle(round));
  }
  expect(formatCitation(withText, 'https://x.org/rounds/18/')).toContain(`“${withText.title}”, 18th round`);
});

test('a subject is cited by the archive, its quoted name and the rounds it spans', () => {
  const rounds = [
    { round: 12, year: 2010 },
    { round: 17, year: 2013 },
  ];
  expect(formatSubjectCitation({ name: 'Golos', rounds }, 'https://x.org/subjects/golos/')).toBe(
    'EU–Russia Human Rights Consultations Archive, “Golos”, subject in the EU–Russian Federation human rights consultations, 12th–17th rounds (2010–2013). https://x.org/subjects/golos/.',
  );
  expect(formatSubjectCitation({ name: 'Golos', rounds: rounds.slice(1) }, 'https://x.org/subjects/golos/')).toContain(
    ', 17th round (2013). ',
  );
});
