/**
 * Announced rules: a competency's next rules version, published ahead of its effective date. Which rules
 * apply is one function of the rules as written and a day (rulesOn): before the effective date the current
 * rules, carrying what is announced; from that date the announced rules, with their version, date and
 * history entry, and nothing announced. The build passes the day it is built for (RULES_DATE, else the
 * day of the build), so the site switches on the date without an edit.
 */
import type { AnnouncedRules, Competency } from '../schemas/competency.ts';
import { formatDay } from '../text/days.ts';
import type { Translate } from '../text/translate.ts';
import { isIllustrative, marked, type Marked } from './provenance.ts';

export type { AnnouncedRules };

/** The rules that apply on a day (YYYY-MM-DD): the announced ones from their effective date on. */
export function rulesOn<T extends Competency>(rules: T, day: string): T {
  const next = rules.announced;
  if (next === undefined || day < next.effective) return rules;
  const { announced: _announced, ...current } = rules;
  const change = { version: next.version, date: next.effective, summary: next.summary };
  return {
    ...current,
    version: next.version,
    effective: next.effective,
    requirements: next.requirements,
    provenance: { ...current.provenance, version: next.provenance },
    history: [next.provenance ? { ...change, provenance: next.provenance } : change, ...current.history],
  } as T;
}

/** The rules as they will be once the announced version takes effect; undefined when nothing is announced. */
export function announcedRules<T extends Competency>(rules: T): T | undefined {
  return rules.announced && rulesOn(rules, rules.announced.effective);
}

/** Whether the announcement (its version, date and summary) is an example. */
export function announcementIllustrative(next: Pick<AnnouncedRules, 'provenance'>): boolean {
  return isIllustrative(next.provenance);
}

/** The day the announced rules take effect, for people, with its mark, e.g. "1 July 2027". */
export function announcedDate(next: Pick<AnnouncedRules, 'effective' | 'provenance'>, t: Translate): Marked {
  return marked(formatDay(t.formats, next.effective), announcementIllustrative(next));
}

/** The announced version in words, with its mark, e.g. "rules version 1.1". */
export function announcedVersion(next: Pick<AnnouncedRules, 'version' | 'provenance'>, t: Translate): Marked {
  return marked(t('announced.version', { version: next.version }), announcementIllustrative(next));
}
