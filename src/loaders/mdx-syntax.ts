import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

/** The node types only the MDX grammar produces: imports and exports, components, `{expressions}`. */
const MDX_ONLY_NODES = new Set([
  'mdxjsEsm',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/** What a body needs to contain before MDX and Markdown can read it differently (see needsMdxCompiler). */
const MAY_DIFFER = /[<{}\t]|^(?:import|export)\b| {4}/m;

/** The parts of a tree that decide its HTML: node types and literal values, in document order. */
function shape(node: MdastNode, out: string[] = []): string[] {
  out.push(node.type);
  if ('value' in node && typeof node.value === 'string') out.push(node.value);
  if ('children' in node && Array.isArray(node.children)) {
    out.push('(');
    for (const child of node.children as MdastNode[]) shape(child, out);
    out.push(')');
  }
  return out;
}

function containsMdxNode(node: MdastNode): boolean {
  if (MDX_ONLY_NODES.has(node.type)) return true;
  return 'children' in node && Array.isArray(node.children)
    ? (node.children as MdastNode[]).some(containsMdxNode)
    : false;
}

/**
 * Whether an `.mdx` body needs the MDX compiler, or reads the same as plain Markdown.
 *
 * Most bodies are prose, tables and links. Compiled as MDX, each one becomes a JavaScript module that the
 * build bundles and imports (about 11 s of a 26 s build at 1,000 competencies); rendered as Markdown it is
 * HTML stored with the entry. A body takes the Markdown path only when both grammars read it as the same
 * tree: no imports, exports, components or `{expressions}`, and nothing they disagree on (an indented code
 * block is code in Markdown but a paragraph in MDX; an HTML comment is an MDX syntax error). Anything else,
 * including a body MDX cannot parse, goes to the MDX compiler, which reports errors the way editors expect.
 */
export function needsMdxCompiler(body: string): boolean {
  // Every construct the two grammars treat differently starts with "<", "{", "import" or "export", or is
  // indented code (four spaces or a tab, also after a quote or list marker); a body without any of them is
  // the same tree in both, no parse needed.
  return MAY_DIFFER.test(body) && readsDifferently(body);
}

/** Whether MDX rejects a body, finds MDX syntax in it, or parses it into another tree than Markdown does. */
export function readsDifferently(body: string): boolean {
  let mdx: MdastNode;
  try {
    mdx = mdxToMdast(body);
  } catch {
    return true;
  }
  if (containsMdxNode(mdx)) return true;
  const a = shape(mdx);
  const b = shape(markdownToMdast(body));
  return a.length !== b.length || a.some((part, i) => part !== b[i]);
}
