/**
 * A round file's body is received text: MDX must only ever show it. This reads the body the way
 * MDX does and refuses whatever MDX would run or render as markup: ESM (`import`, `export`),
 * expressions (`{…}`), JSX or raw HTML, and links or images to anything but http(s) addresses.
 * The importer escapes received text so that none of these arise (release-import.ts). Pure.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** What a node is, for a person, where MDX would treat it as code or markup. */
const REFUSED: Record<string, string> = {
  mdxjsEsm: 'an import or export statement, which MDX would run',
  mdxFlowExpression: 'a {…} expression, which MDX would evaluate',
  mdxTextExpression: 'a {…} expression, which MDX would evaluate',
  mdxJsxFlowElement: 'a JSX or HTML element, which MDX would render as markup',
  mdxJsxTextElement: 'a JSX or HTML element, which MDX would render as markup',
  html: 'raw HTML, which would be rendered as markup',
};

const SAFE_URL = /^https?:\/\//i;

/**
 * Problems with a body, one line each naming the file, the line and what was found; [] for text
 * that MDX only shows. `bodyLine` is the body's first line in the file, so lines match the file.
 */
export function checkRoundBody(filePath: string, body: string, bodyLine = 1): string[] {
  const at = (line: number | undefined) => `${filePath}: line ${(line ?? 1) + bodyLine - 1} of the text`;
  let tree;
  try {
    tree = mdx.parse(body);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return [
      `${at(line)} cannot be read as MDX (${reason ?? String(error)}); expected the release’s text, escaped so that MDX only shows it.`,
    ];
  }
  const problems: string[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    const what = REFUSED[node.type];
    if (what) problems.push(`${at(line)} holds ${what}; expected verbatim text (escape it, as the importer does).`);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && 'url' in node) {
      const url = String(node.url);
      if (!SAFE_URL.test(url))
        problems.push(
          `${at(line)} links to ${JSON.stringify(url)}; expected only http(s) addresses in a release’s text.`,
        );
    }
  });
  return problems;
}
