/**
 * The English interface: every word the pages show that is not the record itself. The Russian
 * dictionary (ru.ts) has exactly these keys; TypeScript fails `astro check` on a missing or extra
 * one. Whole sentences are functions of their values, so each language orders its own words and
 * chooses its own plural forms (see plural.ts); no sentence is joined from fragments.
 * HTML-returning entries (`…Html`) escape every value they are given (escapeHtml).
 */
import { plural } from './plural.ts';
import { escapeHtml } from './escape-html.ts';
import { formatOrdinal } from '../format/ordinals.ts';
import { EN_DATE_WORDS } from '../format/date-words.ts';
import { ARCHIVE_NAME } from '../format/archive-name.ts';

const n = (count: number, one: string, other: string) => plural('en-GB', count, { one, other });

export const en = {
  /** The archive's name, in the header, titles and social images. */
  siteName: ARCHIVE_NAME,
  /** Words quoted as the language quotes: “spring 2014”. */
  quote: (words: string) => `“${words}”`,
  consultations: 'EU–Russian Federation human rights consultations',
  layout: {
    skipLink: 'Skip to content',
    /** A skip link to a part of the page: "Skip to “Cite this round”". */
    skipTo: (part: string) => `Skip to “${part}”`,
    feedTitle: `${ARCHIVE_NAME}: all rounds`,
    pageTitle: (title: string, site: string) => `${title} – ${site}`,
    homeTitle: (site: string, title: string) => `${site}: ${title}`,
    printAddress: 'This page:',
    /** Beside the archive's name on paper, before the day of printing (filled in by the page's script). */
    printedOn: 'Printed',
  },
  header: {
    mainNav: 'Main',
    rounds: 'Rounds',
    subjects: 'Subjects',
    search: 'Search',
    about: 'About',
    searchLabel: 'Search the archive',
    searchPlaceholder: 'Search rounds',
    searchButton: 'Search',
    searchResults: 'Search results',
    darkTheme: 'Dark theme',
  },
  footer: {
    creditsHtml:
      'The press release texts are by the <strong>Council of the European Union</strong>; every round page links its official release where it is known, and the public sources of its record. Summaries, the record’s wording, numbering and layout are this archive’s.',
    aboutLink: 'Sources, provenance and how to cite',
    correctionsLink: 'Corrections',
    downloadLink: 'Download the record',
  },
  corrections: {
    title: 'Corrections',
    description:
      'Every correction of the archive’s record of the EU–Russian Federation human rights consultations: when, what changed and why.',
    lede: 'Every change to what the record says, newest first: when it was made, what changed and what the sources say. Each round page lists its own.',
    none: 'The record has not been corrected.',
    roundHeading: 'Corrections to this record',
    changed: 'What changed:',
    why: 'Why:',
  },
  breadcrumbs: { label: 'Breadcrumb', home: 'Home', rounds: 'Rounds', subjects: 'Subjects' },
  dates: EN_DATE_WORDS,
  round: {
    label: (ordinal: number) => `${formatOrdinal(ordinal)} round`,
    ordinal: (round: number) => formatOrdinal(round),
    /** A timeline mark's name starts with its visible number. */
    markLabel: (round: number, date: string, holding: string) => `Round ${round}, ${date}, ${holding}`,
    eventName: (round: number) =>
      `${formatOrdinal(round)} round of the EU–Russian Federation human rights consultations`,
    documentTitle: (label: string, date: string) => `${label}, ${date}`,
    socialTitle: (label: string, date: string) =>
      `${label} of the EU–Russian Federation human rights consultations, ${date}`,
    holding: { text: 'Full text', release: 'Official release known', record: 'Public record only' },
    heldOn: 'Held on',
    /** For a date known to the month or year: "Held in May 2007". */
    heldIn: 'Held in',
    scheduledFor: 'Scheduled for',
    place: 'Place',
    placeUnknown: 'Not stated in the public record',
    placeNotStated: 'Not stated',
    officialRelease: 'Official release',
    noRelease: 'None known: the record comes from the public sources listed below',
    release: (issuer: string, format: string) => `${issuer}, press release (${format})`,
    releaseNoAddress: (issuer: string, format: string) =>
      `${issuer}, press release (${format}); its web address is not recorded`,
    inThisArchive: 'In this archive',
    nextExpectedHtml: (words: string) =>
      `expected, in the release’s words, in “<span lang="en">${escapeHtml(words)}</span>”.`,
    nextRound: 'Next round:',
    /**
     * Said on a page in another language than the release: the release is quoted as published.
     * English pages have none (the release is English).
     */
    officialTextLanguage: undefined as string | undefined,
    sourceCount: (count: number) => n(count, '{n} source', '{n} sources'),
    navigation: 'Rounds',
    previous: 'Previous round',
    next: 'Next round',
  },
  /** The interface inside a release's text: each paragraph's name and link, the "Named here" lines. */
  release: {
    paragraphTitle: (round: number, date: string, paragraph: number) =>
      `${formatOrdinal(round)} round · ${date} · ¶${paragraph}`,
    paragraphLabel: (paragraph: number) => `Paragraph ${paragraph}`,
    namedHere: 'Named here: ',
  },
  record: {
    heading: 'What the record says',
    sequenceTitle: 'Numbered by sequence:',
    sequence: (round: number) =>
      `no source gives the ${formatOrdinal(round)} round its number; it follows from counting the rounds before it.`,
    delegations: 'Delegations',
    noDelegations: 'No source names the leads of the delegations.',
    raised: 'Raised at this round',
    noRaised: 'No source reports what was raised.',
    notes: 'Also on record',
    conflicts: 'Where the sources disagree',
    subjects: 'Subjects of this round',
    sources: 'Sources',
    placeUnknown: 'Not stated in any source the archive knows',
    note: 'Note',
    dateDisputed: 'The date is disputed',
    placeDisputed: 'The place is disputed',
    by: { eu: 'raised by the EU', russia: 'raised by Russia', both: 'raised by both sides' },
    byUnknown: 'who raised it is not stated',
    side: { eu: 'EU delegation', russia: 'Russian delegation' },
    kind: {
      council: 'Council of the EU release',
      presidency: 'Council presidency release',
      government: 'Russian government statement',
      parliament: 'European Parliament text',
      ngo: 'NGO report',
      press: 'Press report',
    },
    inLanguage: (language: string) => `in ${language}`,
    mirror: 'A mirror: a copy kept on another site, the official address being unknown',
    sourceRef: (number: number) => `source ${number}`,
    number: 'Number',
    numberValue: (round: number) => `the ${formatOrdinal(round)} round, as its sources number it`,
    unverified: {
      'cut-off': 'the stored copy breaks off in these words; the rest of the source was not read',
      inferred: 'the words were read; that they concern this round or subject is the archive’s inference',
    },
    savedCopies: 'saved copies',
  },
  notice: {
    heading: 'The archive does not hold this round’s text',
    releaseKnown: (issuer: string, round: number) =>
      `The ${issuer}’s official release on the ${formatOrdinal(round)} round is known, but its text is not in this archive. Nothing here stands in for it; what the archive knows of the round is set out below, with its sources.`,
    noRelease: (round: number) =>
      `No official release of the ${formatOrdinal(round)} round is known to the archive, and it holds no text of the round. What it knows comes from the public sources set out below: each fact is linked to the sources that state it, and what they do not say is shown as unknown.`,
    read: 'Read the official release:',
    releaseLink: (issuer: string, round: number, format: string) =>
      `${issuer}, press release of the ${formatOrdinal(round)} round (${format})`,
  },
  previous: {
    heading: 'Previous consultations listed in this release',
    official: 'official release (PDF)',
  },
  cite: {
    heading: 'Cite this round',
    copy: 'Copy citation',
    copied: 'Citation copied.',
    copyFailed: 'Copying is not available here: select the citation and copy it.',
    downloads: 'Download for reference managers:',
    citationOf: (round: number) => ` citation of the ${formatOrdinal(round)} round`,
    fileName: (round: number) => `round-${round}`,
    hint: 'To cite one paragraph, select its ¶ number: it copies the paragraph’s link and offers its citation.',
    /** Said where the citation is in another language than the page; English pages have none. */
    language: undefined as string | undefined,
    subjectHeading: 'Cite this subject',
    /** Said on a subject page where the citation is in another language than the page. */
    subjectLanguage: undefined as string | undefined,
  },
  provenance: {
    heading: 'Provenance',
    release: 'Official release',
    none: 'None known to the archive.',
    noAddress: (issuer: string, format: string) =>
      `${issuer}: a ${format} press release; the archive has not recorded its web address.`,
    savedCopies: 'Saved copies',
    archiveCopies: 'The Internet Archive’s copies of the official document',
    record: 'This archive’s record',
    extracted: (format: string) =>
      `The text was extracted from the official ${format}; its words are kept verbatim and only the line breaks were joined into paragraphs.`,
    noText: (count: number) =>
      `The archive holds no text for this round; its record cites ${n(count, 'one public source', '{n} public sources')}.`,
    listedIn: 'Its date and official address are listed in the release of:',
    asData: 'As data',
    dataHtml: (dataUrl: string, schemaUrl: string) =>
      `<a href="${escapeHtml(dataUrl)}">This round as JSON</a> (described by <a href="${escapeHtml(schemaUrl)}">its JSON Schema</a>)`,
  },
  years: {
    label: 'Years',
    describe: (rounds: number, withText: number) =>
      withText === 0
        ? n(rounds, 'one round', '{n} rounds')
        : rounds === 1
          ? 'one round, with full text'
          : `${rounds} rounds, ${withText} with full text`,
    title: (year: number) => `Rounds of ${year}`,
    description: (year: number, counts: string) =>
      `The rounds of the EU–Russian Federation human rights consultations held in ${year}: ${counts}, with date, place and what the archive holds.`,
    lede: (counts: string, several: boolean) =>
      `${counts[0]!.toUpperCase()}${counts.slice(1)}${several ? ', newest first' : ''}.`,
    caption: (year: number) => `Rounds of ${year}, newest first`,
    previous: 'Previous year',
    next: 'Next year',
  },
  timeline: {
    label: 'Timeline of rounds',
    byYearLabel: 'Timeline of rounds by year',
    scrollable: (label: string) => `${label}, scrollable`,
    empty: 'No rounds yet.',
    span: (count: number, first: string, firstOrdinal: string, last: string, lastOrdinal: string) =>
      `${n(count, 'One round', '{n} rounds')} from ${first} (${firstOrdinal}) to ${last} (${lastOrdinal}).`,
    withText: (ordinals: string) => `Rounds with their full text here: ${ordinals}.`,
    /** The key under the picture: one entry per kind of mark it draws; holdings use round.holding. */
    key: {
      label: 'Key',
      range: 'Date known only to the month, or a span of days',
      uncertain: 'Day uncertain',
      scheduled: 'Scheduled; no source reports the meeting',
    },
    /** Shown on narrow screens while there are earlier rounds to the left. */
    scrollCue: 'Earlier rounds: scroll sideways',
    noText: 'None has its full text here.',
    byYear: (total: number, oldest: number, newest: number, most: number, busiest: number) =>
      `${total} rounds from ${oldest} to ${newest}, too many for one mark each: each bar is a year, as tall as its number of rounds (the most, ${most}, in ${busiest}), its filled part the rounds whose text the archive holds. Each bar leads to its year’s rounds.`,
    yearBar: (year: number, counts: string) => `${year}: ${counts}`,
  },
  home: {
    title: 'press releases of every round, to read, search and cite',
    description:
      'A reference archive of the EU–Russian Federation human rights consultations: each round’s press release, verbatim, with paragraph links and sources.',
    heading: 'EU–Russian Federation human rights consultations',
    lede: (span: [number, number] | undefined) =>
      `The European Union and the Russian Federation held regular rounds of human rights consultations${span ? ` from ${span[0]} to ${span[1]}` : ''}. This archive keeps the record of every round, one page each: the release’s text, verbatim, where it holds it, with numbered paragraphs you can link to; and for every round, what public sources report, each fact linked to its source.`,
    numbers: 'The archive in numbers',
    /** The words under each number (the number itself is shown above them). */
    counts: {
      rounds: (count: number) => n(count, 'round on record', 'rounds on record'),
      texts: (count: number) => n(count, 'full text', 'full texts'),
      releases: (count: number) => n(count, 'official release known', 'official releases known'),
      sources: (count: number) => n(count, 'public source cited', 'public sources cited'),
    },
    latest: 'Latest round in the archive',
    timeline: 'Timeline of rounds',
    allRounds: 'All rounds as a table',
  },
  rounds: {
    title: 'All rounds',
    description: (count: number, everyRound: boolean) =>
      `All ${count} rounds of the EU–Russian Federation human rights consultations in the archive, ${everyRound ? 'newest first' : 'by year'}, with date, place and whether the text is held.`,
    holdings: (count: number, byYear: boolean, text: number, release: number, record: number) => {
      const parts = [
        text && `the full text of ${n(text, 'one round', '{n} rounds')}`,
        release && `the official release of ${n(release, 'one round', '{n} rounds')} (linked)`,
        record && `the public record of ${n(record, 'one round', '{n} rounds')}, each fact with its sources`,
      ].filter((part): part is string => Boolean(part));
      const list = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(parts);
      return `${count} rounds, ${byYear ? 'by year, newest first' : 'newest first'}. The archive holds ${list}.`;
    },
    tableCaption: 'Rounds of the EU–Russia human rights consultations, newest first, by year',
    columns: { round: 'Round', date: 'Date', place: 'Place', holding: 'In the archive' },
    yearsRegion: 'Years of the consultations',
    yearsCaption: 'Years of the consultations, newest first: each year’s page lists its rounds',
    yearColumns: { year: 'Year', rounds: 'Rounds', range: 'First and last round' },
  },
  subjects: {
    title: 'Subjects',
    description:
      'The people, organisations, laws, cases, themes and places raised in the EU–Russian Federation human rights consultations, with every round where each appears.',
    ledeHtml: (count: number, matrixHref: string) =>
      `${count} subjects raised at the rounds or named in the releases, by kind: each with the rounds where it appears and the years they span. <a href="${escapeHtml(matrixHref)}">All subjects by round, as a table</a>.`,
    filter: 'Filter the subjects',
    kinds: {
      person: 'People',
      organisation: 'Organisations',
      law: 'Laws and policies',
      case: 'Cases',
      theme: 'Themes',
      place: 'Places',
    },
    roundCount: (count: number) => n(count, '{n} round', '{n} rounds'),
    pageTitle: (name: string, page: number) => (page === 1 ? name : `${name}, page ${page}`),
    documentTitle: (name: string, page: number, pages: number) =>
      pages === 1 ? `${name}: in the consultations` : `${name}: in the consultations, page ${page} of ${pages}`,
    metaDescription: (description: string, count: number, years: string, page: number, pages: number) =>
      `${description} Raised or named in ${n(count, 'one round', '{n} rounds')} of the EU–Russian Federation human rights consultations (${years})${pages > 1 ? `; page ${page} of ${pages} of the list` : ''}.`,
    /** Links under a subject's list of rounds: its search and its feed. */
    searchRounds: (name: string) => `Search the rounds about ${name}`,
    feed: (name: string) => `Feed of new rounds and corrections about ${name} (Atom)`,
    alsoWritten: 'Also written:',
    appearsIn: (count: number, years: string) =>
      `Raised or named in ${n(count, 'one round', '{n} rounds')} (${years}).`,
    pagesNote: (pages: number, page: number, years: string) =>
      `The list has ${pages} pages; this is page ${page}, ${years}.`,
    pagesLabel: 'Pages of the list',
    pageLink: (page: number, years: string) => `${page} (${years})`,
    related: 'Related subjects',
    appearances: 'Where it appears',
    raisedBy: { eu: 'Raised by the EU', russia: 'Raised by Russia', both: 'Raised by both sides' },
    raisedByUnknown: 'Raised (by whom is not stated)',
    sources: (count: number) => n(count, 'Source', 'Sources'),
    reach: (allRaised: boolean, count: number, years: string) =>
      `${allRaised ? 'raised in' : 'raised or named in'} ${n(count, 'one round', '{n} rounds')}, ${years}`,
    matrixTitle: 'Subjects by round',
    matrixByYearTitle: (decade: number | undefined) =>
      decade === undefined ? 'Subjects by year' : `Subjects by year, the ${decade}s`,
    matrixDescription: (byRound: boolean) =>
      `Every subject of the EU–Russian Federation human rights consultations against every ${byRound ? 'round' : 'year'}: where it was raised or named, each mark linking to the evidence.`,
    matrixLedeHtml: (byRound: boolean, csvHref: string) =>
      `${byRound ? 'Each row is a subject, each column a round; a mark links to where the subject was raised (the round’s record) or named (the paragraph).' : 'Each row is a subject, each column a year; a number counts the rounds of that year where the subject was raised or named, and links to them.'} <a href="${escapeHtml(csvHref)}">Download the table of every round as CSV</a>.`,
    decades: 'Decades',
    legend: '● raised at the round (its record) · ○ named in the round’s text only',
    matrixRegion: (byRound: boolean): string =>
      byRound ? 'Subjects by round, scrollable' : 'Subjects by year, scrollable',
    matrixCaption: (byRound: boolean): string =>
      byRound ? 'Subjects (rows) by round (columns)' : 'Subjects (rows) by year (columns)',
    subjectColumn: 'Subject',
    matrixCell: (name: string, raised: boolean, named: boolean, column: string) =>
      `${name}: ${raised && named ? 'raised and named in the text' : raised ? 'raised' : 'named in the text'} at the ${column}`,
    roundsOfYear: (year: number) => `Rounds of ${year}`,
    roundColumn: (round: number, date: string) => `Round ${round}, ${date}`,
  },
  search: {
    title: 'Search',
    description:
      'Search every round of the EU–Russian Federation human rights consultations, down to the paragraph, by word, year and round.',
    heading: 'Search the consultations',
    formLabel: 'Search the archive',
    query: 'Words, names or places',
    button: 'Search',
    filters: 'Narrow and sort',
    year: 'Year',
    allYears: 'All years',
    round: 'Round',
    allRounds: 'All rounds',
    roundNumber: 'Round number',
    roundRange: (min: number, max: number) => `(${min}–${max}; empty for all)`,
    roundOption: (label: string, date: string) => `${label} (${date})`,
    kind: 'Subjects',
    allKinds: 'Rounds and subjects',
    /** The filter that keeps the rounds that raised or named one subject. */
    subject: 'Rounds about',
    allSubjects: 'Any subject',
    order: 'Order',
    relevance: 'Best match first',
    newest: 'Newest round first',
    noScriptHeading: 'Search needs JavaScript',
    noScriptHtml: (href: string) =>
      `Search runs in your browser, and JavaScript is turned off. Every round can still be read: <a href="${escapeHtml(href)}">browse all rounds</a>.`,
    examples: ['Magnitsky', 'foreign agents', 'GOLOS', 'torture', 'racism', 'civil society'],
  },
  notFound: {
    title: 'Page not found',
    description: 'This address does not match a page of the archive.',
    lede: 'This address does not match a page of the archive. If you typed it, check it for mistakes.',
    searchLabel: 'Search the archive for a word, name or place',
    browse: 'Browse all rounds',
    home: 'Go to the home page',
  },
  social: {
    details: (date: string, place: string | undefined) => (place ? `${date} · ${place}` : date),
    withText: 'Full text, with numbered paragraphs',
    withoutText: 'Date and official source',
  },
  accounts: {
    heading: 'Who reported what',
    /** The table's column headings, one per kind of account. */
    column: { eu: 'EU', russia: 'Russia', parliament: 'Parliament', ngo: 'NGOs', press: 'Press' },
    /** The accounts as running text names them. */
    name: { eu: 'the EU', russia: 'Russia', parliament: 'the European Parliament', ngo: 'NGOs', press: 'the press' },
    subjectColumn: 'Subject',
    raisedByColumn: 'Raised by',
    by: { eu: 'the EU', russia: 'Russia', both: 'both sides' },
    byUnknown: 'not said',
    oneSide: { eu: 'in the EU’s account only', russia: 'in Russia’s account only' },
    onlyOne: (name: string) => `Only one account of what was raised is known: that of ${name}.`,
    known: (known: string[], missing: string[]) =>
      `What was raised is known from ${new Intl.ListFormat('en-GB').format(known)}${missing.length ? `; no account from ${new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(missing)} is known` : ''}.`,
    caption:
      'Subjects by the accounts that report them. Each number is a source, linked to its words above. EU: the Council and its presidency; Russia: its government; Parliament: the European Parliament.',
    /** The short codes of the accounts in the matrix's cells. */
    code: { eu: 'EU', russia: 'RU', parliament: 'EP', ngo: 'NGO', press: 'PR' },
    matrixTitle: 'Who reported what, by round',
    matrixByYearTitle: (decade: number | undefined) =>
      decade === undefined ? 'Who reported what, by year' : `Who reported what, by year, the ${decade}s`,
    matrixDescription:
      'Every subject raised at the EU–Russian Federation human rights consultations against every round: which accounts report it (the EU’s, Russia’s, the European Parliament’s, NGOs’, the press’s).',
    matrixLedeHtml: (csvHref: string) =>
      `Each row is a subject, each column a round or a year; a cell names the accounts whose sources report the subject there, and links to them. <a href="${escapeHtml(csvHref)}">Download every round’s accounts as CSV</a>, source by source.`,
    legend:
      'EU: the Council and its presidency · RU: Russia’s government · EP: the European Parliament · NGO: NGOs · PR: the press',
    matrixCell: (codes: string, name: string, column: string, accounts: string[]) =>
      `${codes}: ${name}, ${column}, reported by ${new Intl.ListFormat('en-GB').format(accounts)}`,
    matrixRegion: 'Who reported what, scrollable',
    matrixCaption: 'Subjects (rows) by the accounts that report them at each round or year (columns)',
    filterAccounts: 'Show what is reported by',
    anyAccount: 'any account',
    filterKinds: 'Show subjects',
    anyKind: 'of every kind',
    toAccounts: 'Who reported each subject: the same table by account',
    toAppearances: 'Where each subject was raised or named: the same table by appearance',
    region: 'Who reported what, scrollable',
  },
  ledger: {
    heading: 'Announced next rounds',
    lede: 'What sources announced of each next round, beside what the record shows of it: held on a date, held elsewhere than announced, or never reported.',
    region: 'Announced next rounds, scrollable',
    caption: (shown: number, total: number) =>
      shown === total
        ? 'Announcements, newest first'
        : `The newest ${shown} of ${total} announcements; the data files have them all`,
    announcedAt: 'Announced at',
    announced: 'What was announced',
    outcomeColumn: 'What the record shows',
    releaseSays: 'Its release:',
    held: (label: string, date: string, place: string | undefined, elsewhere: boolean) =>
      `${label}, ${date}${place ? `, ${place}` : ' (the place is not recorded)'}${elsewhere ? ': not where announced' : ''}`,
    none: 'No later round is reported by any source the archive knows.',
  },
  download: {
    title: 'Download the record',
    description:
      'The whole record of the EU–Russian Federation human rights consultations as one ZIP file: round files, the official text as received, open data and citations.',
    lede: 'Everything the archive knows, in one file to keep, cite or work with offline: the same files the site publishes, with the text of the official release exactly as received.',
    zipLink: 'Download the whole record',
    /** "ZIP, 412 KB, 131 files". */
    zipFacts: (size: string, count: number) => `ZIP, ${size}, ${count} files`,
    checksum: 'SHA-256 of the ZIP file:',
    verify:
      'The same record always gives the same file, byte for byte, so this checksum identifies it. Inside, SHA256SUMS lists every file’s; check them with',
    contentsHeading: 'What is inside',
    filesHeading: 'Single files',
    filesLede: 'The open data files are also published one by one, always the newest record:',
    count: (n: number) => (n === 1 ? '1 file' : `${n} files`),
    /** What each folder or file of the ZIP holds, for the page and the ZIP's README. */
    contents: {
      readme: 'this description, in English and Russian',
      rounds:
        'one file per round, as the editors write it: the record’s facts, each with its sources’ words, and the release text where the archive holds it',
      subjects: 'one file per subject of the cross-round index, with its names in both languages',
      sources: 'the official texts as received, unedited, with manifest.json: where each came from and its SHA-256',
      data: 'every round and every subject as open data (JSON, with their JSON Schemas, and CSV)',
      roundData: 'each round’s data file and its citations for reference managers (BibTeX, RIS, CSL-JSON)',
      matrix: 'the subjects-by-round tables for spreadsheets: where each was raised or named, and who reported it',
      sums: 'the SHA-256 of every file, for sha256sum --check',
      licence: 'the project’s licence',
    },
    files: {
      roundsJson: 'every round as JSON',
      roundsCsv: 'every round as CSV, one row per round',
      subjectsJson: 'every subject and the rounds that raise or name it, as JSON',
      matrixCsv: 'subjects by round, as CSV',
      accountsCsv: 'who reported what: each subject of each round by the accounts and sources that report it, as CSV',
      roundsSchema: 'the JSON Schema of the rounds’ files',
      subjectsSchema: 'the JSON Schema of the subjects’ file',
    },
    readmeTitle: 'EU–Russian Federation human rights consultations: the archive’s record',
    readmeFrom: (url: string) => `Downloaded from ${url}. The files are the site’s own, in the same folders.`,
    readmeLicence:
      'The press release texts are by the Council of the European Union; the words quoted from other sources are their publishers’. The summaries, the record’s wording, numbering and layout are the archive’s.',
  },
  about: {
    /** A long group of rounds in running text; {oldest} and {newest} become links to those rounds. */
    roundRange: (count: number) => `${count} rounds, from the {oldest} to the {newest}`,
    /** What the record spans; {oldest} and {newest} become links: "The record holds 18 rounds, from the … to the …, held in …". */
    extent: (count: number, places: string) =>
      `The record holds ${count === 1 ? 'one round, the {newest}' : `${count} rounds, from the {oldest} to the {newest}`}${places ? `, held in ${places}` : ''}.`,
    /** {newest} becomes a link to the newest round. */
    latest: 'The {newest} is the last that any source known to the archive records.',
    /** {next} becomes the release's own words, quoted. */
    nextExpected:
      'Its release gives the next round as {next}; no source known to the archive shows that it took place.',
    /** {release} becomes a link to the release's round. */
    numberingExample: (date: string, dates: string, rounds: string) =>
      `For example, the release of the {release} (${date}) lists ${dates}, which this archive numbers ${rounds}, in that order.`,
    /** {file} becomes a link to a round's data file. */
    dataFileExample: ', such as {file}',
  },
};

/** The shape every language's dictionary has: the English one's keys and value types. */
export type Dictionary = typeof en;
