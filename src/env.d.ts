/** `?lazy-module` imports (src/integrations/lazy-module-plugin.ts) give the URL of a separately built module. */
declare module '*?lazy-module' {
  const url: string;
  export default url;
}

/** The part of the `edtf` package (Library of Congress EDTF parser) the archive uses; it ships no types. */
declare module 'edtf' {
  interface EdtfValue {
    type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Century' | 'Decade';
    /** Earliest and latest instants the value may mean, in ms since the epoch (UTC). */
    min: number;
    max: number;
    /** 1 year, 2 month, 3 day (for Date values). */
    precision?: number;
    uncertain?: { value: number };
    approximate?: { value: number };
    edtf: string;
  }
  export default function edtf(text: string): EdtfValue;
}

declare namespace App {
  /** Set for every page by src/middleware.ts. */
  interface Locals {
    /** The page's language: words, formats and links. */
    language: import('./i18n/index.ts').PageLanguage;
    /** Set by the about page for the components its text uses (src/components/about/). */
    about?: import('./views/about.ts').AboutPageData;
    /** Set by RoundText.astro for the paragraphs of the release it renders (ReleaseParagraph.astro). */
    releaseText?: import('./views/release-text.ts').ReleaseText;
  }
}
