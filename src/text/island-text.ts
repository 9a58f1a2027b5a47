import type { TextKey, Translate } from './text.ts';

/**
 * The words an island shows, in the page's language. The page hands them to the island as a prop, so no
 * dictionary enters the island's JavaScript. An island names each text by a short name of its own
 * (`text.heading`), which costs its code fewer bytes than the dictionary's key would.
 */
export type IslandText<M extends Readonly<Record<string, TextKey>>> = { readonly [N in keyof M]: string };

/** The texts an island needs, by its own names, in the translator's language; placeholders left for it to fill. */
export function islandText<const M extends Readonly<Record<string, TextKey>>>(
  t: Translate,
  names: M,
): IslandText<M> {
  return Object.fromEntries(Object.entries(names).map(([name, key]) => [name, t.raw(key)])) as IslandText<M>;
}

/** What the self-assessment widget shows before its lazy part loads, by the names its code uses. */
export const WIDGET_TEXT = {
  heading: 'widget.heading',
  situation: 'widget.situation',
  figures: 'widget.figures',
  caption: 'widget.caption',
  requirement: 'widget.requirement',
  yourFigure: 'widget.yourFigure',
  notAsked: 'widget.notAsked',
  helpEvidence: 'widget.helpEvidence',
  everyLevel: 'widget.everyLevel',
  whatsMissing: 'widget.whatsMissing',
  missingFor: 'widget.missingFor',
  howScored: 'widget.howScored',
  checkServicesExpert: 'widget.checkServicesExpert',
  actions: 'widget.actions',
  saved: 'widget.saved',
  savedAt: 'widget.savedAt',
  copyLink: 'widget.copyLink',
  exportCsv: 'widget.exportCsv',
  exportJson: 'widget.exportJson',
  print: 'widget.print',
  import: 'widget.import',
  reset: 'widget.reset',
} as const satisfies Readonly<Record<string, TextKey>>;

export type WidgetText = IslandText<typeof WIDGET_TEXT>;
