import { z } from 'astro/zod';
import { BusinessModelSchema } from '../schemas/business-model.ts';
import { CompetencySchema } from '../schemas/competency.ts';
import { LevelSchema } from '../schemas/level.ts';
import { RegionSchema } from '../schemas/region.ts';
import { TierSchema } from '../schemas/tier.ts';
import { fieldsFor, type DecapField, type FieldHints, type JsonSchema } from './form-fields.ts';
import type { SchemaHints } from './schema-hints.ts';

/**
 * The name of a collection's custom format, which keeps key order and comments and knows the collection's
 * defaults (registered in src/admin/main.ts).
 */
export const mdxFormat = (collection: string): string => `mdx-frontmatter-${collection}`;

/** A content collection the admin edits: its folder under the content directory and its schema. */
export interface AdminCollection {
  name: string;
  label: string;
  folder: string;
  schema: z.ZodType;
  /** Whether editors may add files; levels and business models have fixed ids. */
  create: boolean;
}

/** The collections, in the order the admin lists them (names as in src/content.config.ts). */
export const ADMIN_COLLECTIONS: readonly AdminCollection[] = [
  {
    name: 'competencies',
    label: 'Competencies',
    folder: 'competencies',
    schema: CompetencySchema,
    create: true,
  },
  { name: 'levels', label: 'Levels', folder: 'levels', schema: LevelSchema, create: false },
  {
    name: 'businessModels',
    label: 'Business models',
    folder: 'business-models',
    schema: BusinessModelSchema,
    create: false,
  },
  { name: 'regions', label: 'Regions', folder: 'regions', schema: RegionSchema, create: true },
  { name: 'tiers', label: 'Tiers', folder: 'tiers', schema: TierSchema, create: true },
];

/** Where saves go: the working copy through decap-server, or a git host. */
export type AdminBackend =
  | { name: 'local' }
  | { name: 'github' | 'gitlab' | 'gitea'; repo: string; branch: string; baseUrl?: string; apiRoot?: string };

export interface AdminConfigOptions {
  backend: AdminBackend;
  /** The content directory's path relative to the repository root decap-server serves, e.g. "content". */
  contentFolder: string;
  /** The site's base path, e.g. "/" or "/catalogue/". */
  base: string;
  /** decap-server's address, when it does not listen on its default port. */
  localBackendUrl?: string;
  /** Field descriptions by collection (schema-hints.ts). */
  hints?: SchemaHints;
}

/** The JSON Schema of a content schema, as the form sees it: what an editor writes, before defaults. */
export function formSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The form fields of one collection: the frontmatter generated from its schema, then the MDX body. */
export function collectionFields(schema: z.ZodType, hints?: FieldHints): DecapField[] {
  return [
    ...fieldsFor(formSchema(schema), '', hints),
    { name: 'body', label: 'Body', widget: 'markdown', required: false, hint: 'The page text, in Markdown.' },
  ];
}

/** The Decap CMS configuration (what config.yml holds), generated from the content schemas. */
export function decapConfig(options: AdminConfigOptions): Record<string, unknown> {
  const { backend } = options;
  const local = backend.name === 'local';
  return {
    backend: local
      ? {
          name: 'proxy',
          proxy_url: options.localBackendUrl ?? 'http://localhost:8081/api/v1',
          branch: 'main',
        }
      : {
          name: backend.name,
          repo: backend.repo,
          branch: backend.branch,
          ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
          ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
        },
    // A git host gets one branch and pull request per change, which CI checks before anyone merges it.
    ...(local ? {} : { publish_mode: 'editorial_workflow' }),
    site_url: options.base,
    display_url: options.base,
    media_folder: 'public/images',
    public_folder: '/images',
    collections: ADMIN_COLLECTIONS.map((c) => ({
      name: c.name,
      label: c.label,
      folder: `${options.contentFolder}/${c.folder}`,
      extension: 'mdx',
      format: mdxFormat(c.name),
      create: c.create,
      delete: false,
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: '{{title}}',
      fields: collectionFields(c.schema, options.hints?.get(c.name)),
    })),
  };
}
