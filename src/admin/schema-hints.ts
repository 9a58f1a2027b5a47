/**
 * The hints under the form's fields, read from the one-line JSDoc every schema field carries (the same
 * text editors see as a tooltip in their editor), so a description is written once, in src/schemas.
 * zod's JSON Schema has no comments, so TypeScript reads them: each field of a z.object's shape is a
 * property whose declaration holds the comment.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));

/** The schema each collection's form is generated from: its file and export (as in decap-config.ts). */
export const HINT_SOURCES: Readonly<Record<string, { file: string; name: string }>> = {
  competencies: { file: '../schemas/competency.ts', name: 'CompetencySchema' },
  levels: { file: '../schemas/level.ts', name: 'LevelSchema' },
  businessModels: { file: '../schemas/business-model.ts', name: 'BusinessModelSchema' },
  regions: { file: '../schemas/region.ts', name: 'RegionSchema' },
  tiers: { file: '../schemas/tier.ts', name: 'TierSchema' },
};

/** Hints by collection, then by field path as form-fields.ts writes it, e.g. "requirements.expert.resell[].amount". */
export type SchemaHints = Map<string, Map<string, string>>;

function walk(
  checker: ts.TypeChecker,
  type: ts.Type,
  path: string,
  out: Map<string, string>,
  depth: number,
): void {
  if (depth > 12) return;
  const member = (name: string) => type.getProperty(name);
  const typeOf = (symbol: ts.Symbol) => checker.getTypeOfSymbol(symbol);
  const shape = member('shape');
  if (shape) {
    for (const field of typeOf(shape).getProperties()) {
      const key = path === '' ? field.name : `${path}.${field.name}`;
      const doc = ts.displayPartsToString(field.getDocumentationComment(checker)).trim();
      if (doc) out.set(key, doc);
      walk(checker, typeOf(field), key, out, depth + 1);
    }
    return;
  }
  const element = member('element');
  if (element) return walk(checker, typeOf(element), `${path}[]`, out, depth + 1);
  const options = member('options');
  if (options) {
    const tuple = typeOf(options);
    const items = checker.isTupleType(tuple) ? checker.getTypeArguments(tuple as ts.TypeReference) : [];
    for (const option of items) walk(checker, option, branchPath(checker, option, path), out, depth + 1);
    return;
  }
  const unwrap = member('unwrap');
  const signature = unwrap && typeOf(unwrap).getCallSignatures()[0];
  if (signature) walk(checker, signature.getReturnType(), path, out, depth + 1);
}

/** A typed list's item path names its kind, as each kind has its own fields: "integrate[revenue]". */
function branchPath(checker: ts.TypeChecker, option: ts.Type, path: string): string {
  const shape = option.getProperty('shape');
  if (!shape || !path.endsWith('[]')) return path;
  for (const field of checker.getTypeOfSymbol(shape).getProperties()) {
    const literal = /^ZodLiteral<"([^"]+)">$/.exec(checker.typeToString(checker.getTypeOfSymbol(field)));
    if (literal) return `${path.slice(0, -2)}[${literal[1]}]`;
  }
  return path;
}

let cached: { key: string; hints: SchemaHints } | undefined;

/** Reads the hints of every collection's schema; cached until a schema file changes. */
export async function readHints(): Promise<SchemaHints> {
  const files = Object.values(HINT_SOURCES).map((s) => resolve(here, s.file));
  const schemaDir = resolve(here, '../schemas');
  const key = (await Promise.all([schemaDir, ...files].map(async (f) => (await stat(f)).mtimeMs))).join();
  if (cached?.key === key) return cached.hints;
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    // Only the schemas and zod's types are needed: no @types packages, no DOM.
    types: [],
    lib: ['lib.es2022.d.ts'],
  });
  const checker = program.getTypeChecker();
  const hints: SchemaHints = new Map();
  for (const [collection, source] of Object.entries(HINT_SOURCES)) {
    const file = program.getSourceFile(resolve(here, source.file));
    const module = file && checker.getSymbolAtLocation(file);
    const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === source.name);
    const out = new Map<string, string>();
    if (symbol) walk(checker, checker.getTypeOfSymbol(symbol), '', out, 0);
    hints.set(collection, out);
  }
  cached = { key, hints };
  return hints;
}
