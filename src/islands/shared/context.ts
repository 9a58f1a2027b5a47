/** The business models and regions an island offers in its pickers. */

/**
 * A business model or region the page offers: its id, its title and, on a competency page where the
 * competency is not offered there, the note the picker shows after the title, with its mark (made on the server).
 */
export interface Choice<Id extends string = string> {
  id: Id;
  title: string;
  note?: string | undefined;
}

/** The first of the ids given that the list offers, e.g. the one in the address, else the saved one. */
export function firstChoice<Id extends string>(
  list: readonly Choice<Id>[],
  ids: readonly unknown[],
): Id | undefined {
  for (const id of ids) {
    const found = list.find((c) => c.id === id);
    if (found) return found.id;
  }
  return undefined;
}

/** The title of a choice, or its id when the list does not have it. */
export const titleOfChoice = (list: readonly Choice[], id: string): string =>
  list.find((c) => c.id === id)?.title ?? id;
