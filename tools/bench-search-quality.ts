/**
 * `npm run bench:search-quality`: runs the query set (tests/search-quality/queries.json) on the
 * last build's index (`npm run build` first) and prints, for each query, where the expected
 * subject and round stand, then recall@1 and recall@5.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startStaticServer } from './lib/static-server.ts';
import { evaluateQueries } from './lib/search-quality.ts';

const root = resolve(process.argv[2] ?? 'dist');
const site = await startStaticServer({ root });
try {
  const pagefind = await import(pathToFileURL(resolve(root, 'pagefind/pagefind.js')).href);
  await pagefind.options({ basePath: `${site.origin}/pagefind/` });
  await pagefind.init();
  const search = async (query: string) => {
    const result = await pagefind.search(query);
    return Promise.all(result.results.map((r: { data(): Promise<unknown> }) => r.data()));
  };
  const { outcomes, expectations, recallAt1, recallAt5 } = await evaluateQueries(search);
  const rank = (r: number | undefined) => (r === undefined ? '–' : r === Infinity ? 'missed' : String(r));
  console.log('| query | why | subject | rank | round | rank |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const o of outcomes) {
    console.log(
      `| ${o.query} | ${o.why} | ${o.subject ?? '–'} | ${rank(o.subjectRank)} | ${o.round ? [o.round].flat().join(' or ') : '–'} | ${rank(o.roundRank)} |`,
    );
  }
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `\n${outcomes.length} queries, ${expectations} expected results: recall@1 ${percent(recallAt1)}, recall@5 ${percent(recallAt5)}`,
  );
  if (recallAt1 < 1) process.exitCode = 1;
} finally {
  await site.close();
}
