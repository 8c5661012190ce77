/**
 * The components the about texts (content/about/<language>.mdx) may use: links to the site's
 * pages and files, and sentences computed from the record (what it spans, its newest round, a
 * worked numbering and citation), so the prose never names today's content itself.
 */
import ArchiveName from './ArchiveName.astro';
import CitationExample from './CitationExample.astro';
import DataFileExample from './DataFileExample.astro';
import HoldingItem from './HoldingItem.astro';
import LatestRound from './LatestRound.astro';
import NumberingExample from './NumberingExample.astro';
import RecordExtent from './RecordExtent.astro';
import FileLink from '../FileLink.astro';
import PageLink from '../PageLink.astro';

export const aboutComponents = {
  ArchiveName,
  CitationExample,
  DataFileExample,
  FileLink,
  HoldingItem,
  LatestRound,
  NumberingExample,
  PageLink,
  RecordExtent,
};
