/**
 * What the island hands to its lazily loaded parts (Host): its data, its state and how to change it, and
 * the shapes of shared answers and of the last replacement it keeps.
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { RollUpTier } from '../../engine/rollup.ts';
import type { AssessmentContext, CompetencyAssessment } from '../../engine/types.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import { answerLabel } from '../../engine/answers.ts';
import type { Replacement } from '../../persistence/replacement.ts';
import type { Entry } from '../../persistence/merge-answers.ts';
import type { UndoKind } from '../../persistence/messages.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { Withheld } from '../../engine/withheld.ts';
import { showWithheld } from './withheld-shown.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import type { CopiedLink } from '../shared/clipboard.ts';
import type { Choice } from '../shared/context.ts';
import { contextOf } from '../shared/offered-context.ts';
import type { FieldEdits } from '../shared/use-field-edits.ts';
import type { IslandStorage } from '../shared/use-island-storage.ts';
import { islandTranslator, type IslandWords, type Translate } from '../../text/translate.ts';

type Context = AssessmentContext;

/**
 * Answers shown read-only in place of the partner's own until they choose: from a share link, or from a
 * file (`file`, its name). `designation` the interim designation's answers that came along.
 */
export interface Shared {
  answers: Answers;
  context: Context;
  note: ComponentChildren;
  file?: string | undefined;
  designation?: Answers | undefined;
  /**
   * Set while the answers are protected with a passphrase (`answers` is then empty): tries a passphrase and
   * gives why it did not open them, or null once it did and the answers are shown.
   */
  locked?: ((passphrase: string) => Promise<string | null>) | undefined;
  /** The verdicts a sender kept for money figures they left out (src/engine/withheld.ts). */
  withheld?: Withheld | undefined;
}

/**
 * The last replacement of the partner's answers (shared or imported answers used, a reset): the fields it
 * changed and the context before and after, so it can be undone until the next one (replacement.ts).
 */
export interface Undo extends Replacement {
  kind: UndoKind;
  context: { before: Context; after: Context };
}

/** What the island hands to the helpers here: its rules, and how to show a result or a problem. */
export interface Host {
  rules: CompetencyRules;
  /** The words of the island's late-loaded part, in the page's language (textOf). */
  words: IslandWords;
  /** The current rules hash. */
  rulesVersion: string;
  /** Every business model and region the page offers in its pickers. */
  models: readonly Choice<BusinessModelId>[];
  regions: readonly Choice[];
  /** Shows a problem in the alert region; the answers stay as they are. */
  alert: (text: string) => void;
  /** Shows what just happened in the status region. */
  info: (message: ComponentChildren) => void;
  /** The interim designation's rules, on an area competency. */
  servicesExpert?: CompetencyRules | undefined;
  /** Level titles by id. */
  levels: Readonly<Record<string, string>>;
  /** The progress page's path and the tiers, to keep a snapshot when a level or the tier changes. */
  progress: { href: string; tiers: readonly RollUpTier[] };
  /** The portfolio's rules file, base included: every competency's rules, to count a record's people across. */
  rulesHref?: string | undefined;
  /** The partner's own answers and context now, and their result (whatever is shown). */
  answers: Answers;
  context: Context;
  own: CompetencyAssessment;
  /** Where answers are saved. */
  storage: IslandStorage;
  /** Shows answers from a share link or a file, read-only, in place of the partner's own; null: the partner's own. */
  setShared: (shared: Shared | null) => void;
  /** Counts the partner's own edits (and replacements) only, so that the island saves them. */
  dirty: { current: number };
  /** What was typed into the fields: forgotten when every answer is replaced, settled when another tab saved. */
  edits: FieldEdits;
  /** The widget's heading: brought into view when a link is pasted, focused when shared answers are left. */
  heading: RefObject<HTMLHeadingElement>;
  /** The empty form's business model and region. */
  initial: { context: Context };
  /** The entry as last read from or written to the store (null before). */
  base: { current: Entry | null };
  /** Sets the partner's answers, from those shown now. */
  setAnswers: (update: (now: Answers) => Answers) => void;
  /** Sets the business model and region; `contextNow` holds the last set. */
  setContext: (context: Context) => void;
  contextNow: { readonly current: Context };
  /** Sets when the answers were last saved, in words. */
  setSavedAt: (at: string) => void;
  /** Shows the share link made (null: none). */
  setLink: (link: CopiedLink | null) => void;
  /** Opens (true) or closes (false) the reset confirmation. */
  setConfirming: (open: boolean) => void;
  /** The last replacement, whose undo is offered until the next one. */
  undo: Undo | null;
  /** Keeps the last replacement to offer its undo, or forgets it (null). */
  setUndo: (undo: Undo | null) => void;
  /** Takes text (or a box ticked) into a field as if the partner typed it. */
  change: (id: string, value: string | boolean) => void;
}

/** The words of the island's late-loaded part. */
export const textOf = (host: Pick<Host, 'words'>): Translate => islandTranslator(host.words);

/** The saved or linked business model and region if the page offers both in its pickers, else null. */
export const hostContext = (host: Host, saved: { model: string; region: string }): Context | null =>
  contextOf(host.models, host.regions, saved);

/** Shows answers from a share link or a file, read-only, in place of the partner's own. */
export const show = (host: Host, shared: Shared): void => {
  showWithheld(shared.answers, shared.withheld);
  host.alert('');
  host.setShared(shared);
};

/** The labels of the fields given, as the current rules name them. */
export const labelsOf = (host: Host, ids: readonly string[]): string[] =>
  ids.map((id) => answerLabel(host.rules, id) ?? id);
