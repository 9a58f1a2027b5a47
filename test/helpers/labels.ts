/** Display labels for the program-view tests, as the content collections provide them. */
import type { ExplorerLabels } from '../../src/domain/labels.ts';

/** Levels, business models and the four regions, in display order. */
export const LABELS: ExplorerLabels = {
  levels: [
    { id: 'principal', title: 'Principal' },
    { id: 'expert', title: 'Expert' },
  ],
  models: [
    { id: 'integrate', title: 'Integrate' },
    { id: 'resell', title: 'Resell' },
  ],
  regions: [
    { id: 'na', title: 'North America', short: 'NA' },
    { id: 'latam', title: 'Latin America', short: 'LATAM' },
    { id: 'emea', title: 'Europe, Middle East and Africa', short: 'EMEA' },
    { id: 'apj', title: 'Asia Pacific and Japan', short: 'APJ' },
  ],
};
