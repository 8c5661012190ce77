/**
 * The archive's name in English, the one place it is written: the English pages' name (the
 * dictionary's `siteName`), the feed's title and the author of citations of rounds without an
 * official issuer. A module of its own so browser code (citations) can use it without the dictionaries.
 */
export const ARCHIVE_NAME = 'EU–Russia Human Rights Consultations Archive';
