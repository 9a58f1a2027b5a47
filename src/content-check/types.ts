import type { Competency } from '../schemas/competency.ts';
import type { Profile } from '../schemas/profile.ts';
import type { RequirementKind } from '../schemas/requirement.ts';
import type { Tier } from '../schemas/tier.ts';
import type { ParsedFrontmatter, SourcePosition } from './frontmatter.ts';
import type { Named } from './suggest.ts';

/** One content file read from disk, before validation. */
export interface RawEntry {
  /** The file name without `.mdx`, as Astro's glob loader names entries. */
  id: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  source: string;
  frontmatter: ParsedFrontmatter;
}

/** Whether a problem stops the build (error) or is only shown (warning). */
export type Severity = 'error' | 'warning';

/** One problem found in the content, located at the line of the field it is about. */
export interface ContentProblem {
  /** The file, relative to the working directory, e.g. "content/competencies/archiving.mdx". */
  file: string;
  /** 1-based line of the offending field (for a missing field: of the nearest enclosing one). */
  line: number;
  /** 1-based column of that field. */
  column: number;
  /** The field as editors write it, e.g. "requirements.expert.integrate[2].count"; "frontmatter" or "body" for the whole part. */
  path: string;
  /** What is wrong, what was expected and an example of a good value. */
  message: string;
  /** The name of the rule that found the problem, e.g. "expert-at-least-principal". */
  rule: string;
  severity: Severity;
}

/** Which example figures must carry `illustrative: true`. One place to change once the program publishes figures. */
export interface IllustrativePolicy {
  /** Requirement kinds whose figure is not published by the program. */
  requirementKinds: readonly RequirementKind[];
  /** Whether tier counts above zero are example values. */
  tierCounts: boolean;
}

/** The raw content of every collection, as read from disk by readContent() or built by a test. */
export interface ContentInput {
  /** The content directory as shown in messages, e.g. "content". */
  root: string;
  competencies: readonly RawEntry[];
  levels: readonly RawEntry[];
  businessModels: readonly RawEntry[];
  regions: readonly RawEntry[];
  tiers: readonly RawEntry[];
  /** The reference partner profiles (content/profiles), which show what a rule change moves. */
  profiles: readonly RawEntry[];
  /** The rules lock file's text, or undefined when the file does not exist. */
  lockText: string | undefined;
  /** The translations (content/translations/<language>/<collection>/), none when left out. */
  translations?: readonly TranslationFile[];
}

/** A file under content/translations/: its language and collection from its folders, its id from its name. */
export interface TranslationFile {
  /** The language folder, e.g. "de". */
  lang: string;
  /** The collection folder, e.g. "competencies". */
  collection: string;
  /** The file, its id the source's id, e.g. "archiving". */
  entry: RawEntry;
}

/** Everything the check found, with the number of entries per collection for the summary. */
export interface CheckResult {
  problems: ContentProblem[];
  counts: Record<'competencies' | 'levels' | 'businessModels' | 'regions' | 'tiers', number>;
}

/** A field path inside a file's frontmatter, e.g. ['requirements', 'expert', 'integrate', 2, 'count']. */
export type Path = readonly PropertyKey[];

/** Records a problem at a field of an entry; how the rules report what they find. */
export type Report = (
  entry: RawEntry,
  path: Path,
  rule: string,
  message: string,
  options?: {
    severity?: Severity;
    /** An exact position, for problems in the body. */
    at?: SourcePosition;
    /** Where to point when `path` is not in the file (a field that is missing), e.g. the figure it is about. */
    near?: Path;
  },
) => void;

/** An entry whose frontmatter passed its schema, with the parsed data. */
export interface Checked<T> {
  entry: RawEntry;
  data: T;
}

/** What every rule reads: the raw input, the entries that passed their schema, and the known ids. */
export interface Context {
  input: ContentInput;
  competencies: Checked<Competency>[];
  tiers: Checked<Tier>[];
  profiles: Checked<Profile>[];
  regionIds: Set<string>;
  /** Each region with the names editors may use for it, for suggestions. */
  regionNames: readonly Named[];
  businessModelIds: Set<string>;
  levelIds: Set<string>;
  slugs: Set<string>;
  policy: IllustrativePolicy;
  /** The languages a translation may be written in: the site's, but for English, the source's. */
  languages: readonly string[];
}

/** A rule across fields, files and versions: reports at a field, or adds a problem of its own (a missing file). */
export type Check = (ctx: Context, report: Report, problems: ContentProblem[]) => void;

/**
 * One rule of the check, declared by its own module: the name problems carry, what it makes sure of (the
 * editors' guide lists the same words) and, for the rules that run after the schemas, its check.
 */
export interface RuleInfo {
  name: string;
  description: string;
  check?: Check;
}
