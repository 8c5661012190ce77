/**
 * `npm run bench:search-quality`: runs the query set (tests/search-quality/queries.json) on the
 * last build's index (`npm run build` first) and prints, for each query, where the expected
 * subject and round stand, then recall@1, @3 and @5 of each set (exact, mistyped) and of all.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startStaticServer } from './lib/static-server.ts';
import { evaluateQueries, suggesterOf } from './lib/search-quality.ts';

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
  const { outcomes, sets, recallAt1 } = await evaluateQueries(search, { suggest: suggesterOf(root) });
  const rank = (r: number | undefined) => (r === undefined ? '–' : r === Infinity ? 'missed' : String(r));
  console.log('| set | query | why | subject | rank | round | rank |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const o of outcomes) {
    console.log(
      `| ${o.set ?? 'exact'} | ${o.query} | ${o.why} | ${o.subject ?? '–'} | ${rank(o.subjectRank)} | ${o.round ? [o.round].flat().join(' or ') : '–'} | ${rank(o.roundRank)} |`,
    );
  }
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    '\n| set | queries | expected results | recall@1 | recall@3 | recall@5 |\n| --- | --- | --- | --- | --- | --- |',
  );
  for (const [name, f] of Object.entries(sets)) {
    console.log(
      `| ${name} | ${f.queries} | ${f.expectations} | ${percent(f.recallAt1)} | ${percent(f.recallAt3)} | ${percent(f.recallAt5)} |`,
    );
  }
  if (recallAt1 < 1) process.exitCode = 1;
} finally {
  await site.close();
}
