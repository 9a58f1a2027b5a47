/**
 * Catalogue groups, in the order the catalogue lists them, each with the key of its title in the site's words
 * (src/text/). Apart from competency.ts, so that ordering competencies in the browser (domain/rules.ts) loads
 * no content schema: making one there probes for zod's compiled parsers, which the script policy refuses.
 */
export const COMPETENCY_GROUPS = {
  'information-management': 'catalogue.group.informationManagement',
  security: 'catalogue.group.security',
  'storage-and-availability': 'catalogue.group.storageAndAvailability',
  services: 'catalogue.group.services',
} as const;
