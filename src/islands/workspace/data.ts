/** What the record's page hands its island: plain JSON, worked out at build time. */
import type { ExplorerLabels } from '../../domain/labels.ts';
import type { RollUpTier } from '../../engine/rollup.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import type { FramedNote } from '../../persistence/messages.ts';
import type { IslandWords } from '../../text/translate.ts';
import type { WorkspaceCompetency } from '../../views/workspace.ts';
import type { Choice } from '../shared/context.ts';

/** The island's props' data. */
export interface WorkspaceData {
  /** Every competency in catalogue order, with the courses, exams and requirements the record may name. */
  competencies: WorkspaceCompetency[];
  /** The business models, for the figures of a day. */
  models: Choice<BusinessModelId>[];
  /** The levels, business models and regions by their titles, for the standing on a day. */
  labels: ExplorerLabels;
  /** The tiers, for the tier the levels give on a day. */
  tiers: RollUpTier[];
  /** Each competency's page, by slug. */
  hrefs: Record<string, string>;
  /** The rules file of the page's language (src/persistence/portfolio-rules.ts), fetched with the figures' code. */
  rulesHref: string;
  /** The progress page's path, base included: a snapshot kept here when a level or the tier changes links to it. */
  progressHref: string;
  /** Shown while the island's code is not there (it failed to load). */
  unavailable: string;
  /** Said in a frame of another website (framedNote). */
  framed: FramedNote;
  /** The words of the island, in the page's language. */
  words: IslandWords;
}
