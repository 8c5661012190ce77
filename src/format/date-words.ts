/**
 * The English words dates are described with ("(uncertain)", "the day is not recorded"): a module
 * of its own so that code running in the browser (citations) formats English dates without
 * loading the page dictionaries. en.ts uses these; other languages write their own (ru.ts).
 */
export const EN_DATE_WORDS = {
  uncertain: (date: string) => `${date} (uncertain)`,
  uncertainFull: (date: string) => `${date} (uncertain: see the sources)`,
  scheduled: (date: string) => `${date} (scheduled)`,
  dayUnknown: (date: string) => `${date}; the day is not recorded`,
  monthUnknown: (date: string) => `${date}; the month and day are not recorded`,
  scheduledFull: (date: string) => `${date}, the scheduled date; no source reports the meeting afterwards`,
  scheduledDaysFull: (date: string) => `${date}, the scheduled days; no source reports the meeting afterwards`,
};

export type DateWords = typeof EN_DATE_WORDS;
