import ts from 'typescript';

/**
 * The English a piece of island code would show a partner: JSX text, and string or template literals that
 * read as words ("Reset answers", "Expert", "of {n}"). Module names, CSS classes, ids, storage keys and format
 * ids are single lower-case tokens and do not read as words; what does and is not shown (a key name compared
 * with an event's, an error for developers) is allowed by the caller.
 */

/**
 * A literal that reads as English: two words with a space between, one capitalised word, or a word with a
 * space at its edge (a piece of a sentence put together in code: " self-assessment", "at ").
 */
const WORDS =
  /[A-Za-z]{2,}[^A-Za-z{}$]*\s[^{}$]*[A-Za-z]{2,}|\b[A-Z][a-z]{2,}\b|^\s+[A-Za-z]{2,}|[A-Za-z]{2,}\s+$/;

/** JSX text that shows a word. */
const JSX_WORD = /[A-Za-z]{2,}/;

/** Attributes whose values are never shown. */
const HIDDEN_ATTRIBUTES = new Set([
  'class',
  'className',
  'id',
  'key',
  'type',
  'href',
  'rel',
  'inputMode',
  'autoComplete',
]);

export interface ShownLiteral {
  line: number;
  text: string;
}

function quoted(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return null;
}

/** Literals that are code, never shown: module names, types, errors for developers, console lines. */
function isCode(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p)) return true;
    if (ts.isNewExpression(p) && /Error$/.test(p.expression.getText())) return true;
    if (ts.isCallExpression(p) && /^(console\.\w+|import)$/.test(p.expression.getText())) return true;
    // A CSS selector.
    if (ts.isCallExpression(p) && /\.(querySelector(All)?|closest|matches)$/.test(p.expression.getText()))
      return true;
    // A key's name, compared with an event's: `e.key === 'Escape'`.
    if (ts.isBinaryExpression(p) && /\.key$/.test(p.left.getText())) return true;
    if (ts.isJsxAttribute(p)) return HIDDEN_ATTRIBUTES.has(p.name.getText());
    if (ts.isBlock(p) || ts.isSourceFile(p)) return false;
  }
  return false;
}

/** The shown English in one file's code, with its line. */
export function shownLiterals(code: string, file = 'island.tsx'): ShownLiteral[] {
  const source = ts.createSourceFile(
    file,
    code,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: ShownLiteral[] = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.text.trim();
      if (JSX_WORD.test(text)) found.push({ line: line(node), text });
    } else {
      const text = quoted(node);
      if (text !== null && WORDS.test(text) && !isCode(node)) found.push({ line: line(node), text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
