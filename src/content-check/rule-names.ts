/** Every rule the check applies, with what it protects; the editor's guide lists the same names. */
export const RULES = {
  yaml: 'the frontmatter is valid YAML between two "---" lines',
  schema: 'every field has the type and form its schema expects',
  'unknown-field': 'no field the schema does not know (a typo would otherwise be dropped silently)',
  'file-names': 'file names are valid ids: slugs for competencies, known ids for levels and business models',
  'expert-at-least-principal':
    "Expert thresholds are at least Principal's for the same requirement id, kind and model",
  'levels-per-business-model':
    'every offered business model has requirements at both levels (one for a designation)',
  'undeclared-business-model': 'no requirements for a business model missing from businessModels',
  'known-references': 'region, business model and level references point at existing files',
  'unique-requirement-ids': 'requirement ids are unique within each level and business model list',
  'consistent-requirement-kind': 'the same requirement id has the same kind everywhere in a competency',
  'tier-thresholds-increase':
    'higher tiers need at least as many competencies, and more of at least one level',
  'internal-links': 'links in MDX bodies point at pages that exist',
  'illustrative-figures': 'figures the program does not publish are not claimed as sourced',
  provenance:
    'every shown figure, rule, region restriction, version and history entry says source or illustrative',
  designation: 'a designation block exactly on interim designations, for a business model they offer',
  'version-history': 'history starts with the current version and date, newest first',
  'rules-lock': 'a changed requirement comes with a new version, recorded in the rules lock',
  placeholders: 'no placeholder text from the scaffold is left (warning)',
} as const;

/** The name of a rule, e.g. "expert-at-least-principal". */
export type RuleName = keyof typeof RULES;
