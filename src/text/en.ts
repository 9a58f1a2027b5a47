/**
 * Every word the site shows that is not content, in English: the keys are the site's text, the values
 * English. Other languages give a value for every key (`Dictionary`); a missing key is a type error.
 *
 * Keys are dotted, by where the text appears (`site.*` on every page, `notFound.*` on one page). A value may
 * hold placeholders in braces, `{name}`: `t()` fills them from its parameters, `<Text>` from slots of the
 * same name (a link, a mark). Counts take two keys, `…_one` and `…_other`, chosen with the language's
 * plural rules (`plural()`).
 */
export default {
  'site.name': 'Competency Catalogue',
  'site.titleSeparator': '{page} · {site}',
  'site.skipLink': 'Skip to content',
  'site.notice': "Values marked {mark} on this site are examples: the program's overview gives no figures.",
  'site.notice.link': 'What is sourced and what is illustrated',
  'site.markName': 'illustrative',
  'site.markNameLong': 'with an asterisk',
  'site.nav.label': 'Main',
  'site.nav.overview': 'Overview',
  'site.nav.competencies': 'Competencies',
  'site.nav.compare': 'Compare',
  'site.nav.selfAssessment': 'Self-assessment',
  'site.nav.program': 'Program',
  'site.nav.changes': 'Changes',
  'site.nav.howToApply': 'How to apply',
  'site.footer.about':
    "The Competency Catalogue explains the Partner Program's competencies: what each one covers and, with example figures, what each level could ask of partners on each business model.",
  'site.footer.marks': "Values marked {mark} are examples, not the program's own figures.",
  'site.footer.nav.label': 'More',
  'site.footer.program': 'How the program works',
  'site.footer.faq': 'Questions partners ask',
  'site.footer.sources': 'Where the figures come from',
  'picker.model': 'Business model',
  'picker.region': 'Region',
  'picker.level': 'Level',
  'picker.anyModel': 'Any model',
  'picker.anyRegion': 'Any region',
  'picker.anyLevel': 'Any level',
  'catalogue.summary_one':
    '{areas} solution-area competencies and {count} interim designation, in {groups} groups.',
  'catalogue.summary_other':
    '{areas} solution-area competencies and {count} interim designations, in {groups} groups.',
  'catalogue.hint':
    'Choose a business model and a level to see exactly what each competency asks, and what changes on the other business model.',
  'catalogue.showAll': 'Show every competency',
  'catalogue.excluded': 'Not available for this choice',
  'card.levels': 'Levels',
  'card.models': 'Business models',
  'card.regions': 'Regions',
  'card.allRegions': 'All {count} regions',
  'card.asks': 'What it asks',
  'page.edit': 'Edit this page',
  'page.updated': 'Last updated {date}',
  'matrix.notRequired': 'Not required',
  'matrix.notOffered': 'Not offered',
  'tier.competencies_one': '{count} competency',
  'tier.competencies_other': '{count} competencies',
  'tier.needsNone': 'No competency needed',
  'tier.needsExpert': '{competencies} at Expert',
  'tier.needsPrincipal': '{competencies} at Principal or above',
  'tier.needsBoth': '{competencies} at Principal or above, {expert} of them at Expert',
  'tier.rule':
    'Tiers count competencies held at Principal or above, and at Expert; an Expert level counts for both.',
  'search.title': 'Search',
  'search.description':
    'Search the Competency Catalogue: competencies, requirements, levels, business models and program terms.',
  'search.form.label': 'Catalogue',
  'search.results.none': 'No results for “{query}”. Try another word, or browse the catalogue.',
  'search.results_one': '{count} result for “{query}”.',
  'search.results_other': '{count} results for “{query}”.',
  'search.failed': 'Search could not load. Reload the page to try again.',
  'search.noscript':
    'Search runs in your browser and needs JavaScript. Without it, browse {competencies}, {compare} or read {program}.',
  'search.noscript.competencies': 'every competency',
  'search.noscript.compare': 'compare them side by side',
  'search.noscript.program': 'how the program works',
  'search.box.label': 'Site',
  'search.field.label': 'Search the catalogue',
  'search.field.placeholder': 'Search competencies',
  'search.submit': 'Search',
  'notFound.title': 'Page not found',
  'notFound.description': 'The page you asked for does not exist in the Competency Catalogue.',
  'notFound.lead': 'There is no page at this address. It may have moved, or the link may have a typo.',
  'notFound.browse': 'Browse all competencies',
  'notFound.program': 'Read how the program works',
  'notFound.home': 'Go to the overview',
} as const;
