/**
 * GitHub-flavoured Markdown works in round files (tables, footnotes, autolinks), through the
 * unified() processor: a copy of the project gets a fictional round 19 using all three.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { buildSite } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';

let copy: ReturnType<typeof copyProject>;
let $: cheerio.CheerioAPI;

beforeAll(() => {
  copy = copyProject();
  writeFileSync(
    join(copy.root, 'content/rounds/19.mdx'),
    `---
round: 19
date: 2014-06-01
title: "Fixture release"
summary: "A fixture round written in GitHub-flavoured Markdown."
source:
  issuer: Fixture Council
  url: https://example.org/19.pdf
  format: PDF
---

A paragraph with a footnote[^1] and an autolink: https://example.org/release.

| Topic | Raised by |
| --- | --- |
| Judiciary | EU |

[^1]: The footnote text.
`,
  );
  buildSite(join(copy.root, 'dist'), { root: copy.root });
  $ = cheerio.load(readFileSync(join(copy.root, 'dist/rounds/19/index.html'), 'utf8'));
}, 120_000);
afterAll(() => copy?.remove());

test('tables render as tables', () => {
  expect(
    $('.release table th')
      .map((_, th) => $(th).text())
      .get(),
  ).toEqual(['Topic', 'Raised by']);
});

test('footnotes render with a reference and a note', () => {
  expect($('.release sup a[href^="#user-content-fn"]')).toHaveLength(1);
  expect($('.release section.footnotes li').text()).toContain('The footnote text.');
});

test('bare URLs become links', () => {
  expect($('.release a[href="https://example.org/release"]')).toHaveLength(1);
});

test('only the release’s own paragraphs are numbered, not table cells or footnotes', () => {
  expect(
    $('.release p.para')
      .map((_, p) => $(p).attr('id'))
      .get(),
  ).toEqual(['p1']);
});
