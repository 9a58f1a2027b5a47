/**
 * The eligibility explorer of a competency page, as HTML (see html.ts). Every business model, region and
 * level has a choice with its own fragment id (its heading and the chips that pick another choice); the
 * requirements and what changes on the other business model or level are shown once per business model and
 * level, since regions only decide whether the competency is offered. Choosing is following a link to
 * another choice's fragment; CSS (EligibilityExplorer.astro) shows the targeted choice with its requirements
 * (or the first available one), so it works without JavaScript and the choice lives in the URL.
 */
import { notOfferedIn } from '../domain/availability.ts';
import { titleIn as title, type ExplorerLabels } from '../domain/labels.ts';
import { marked } from '../domain/provenance.ts';
import { defaultPanel, explorerGroups, panelId, type ExplorerPanel } from '../views/explorer.ts';
import { chipGroupHtml } from './chip-group.ts';
import { explorerSetHtml } from './explorer-set.ts';
import { attr, html, type Html } from './html.ts';
import { markedHtml } from './marked-html.ts';

export function eligibilityExplorerHtml(panels: readonly ExplorerPanel[], labels: ExplorerLabels): Html {
  const first = defaultPanel(panels);
  const pickers = [
    {
      key: 'model',
      label: 'Business model',
      options: labels.models.map((m) => ({ id: m.id, title: m.title })),
    },
    { key: 'region', label: 'Region', options: labels.regions.map((r) => ({ id: r.id, title: r.short })) },
    { key: 'level', label: 'Level', options: labels.levels.map((l) => ({ id: l.id, title: l.title })) },
  ] as const;
  const offeredIn = labels.regions
    .filter((r) => !panels[0]?.unavailableRegions.some((u) => u.region.id === r.id))
    .map((r) => r.title)
    .join(', ');

  const choiceHtml = (panel: ExplorerPanel): Html => {
    const { choice } = panel.set;
    const chips = pickers.map((picker) =>
      chipGroupHtml({
        id: `${panel.id}-${picker.key}`,
        label: picker.label,
        options: picker.options.map((o) => ({
          title: o.title,
          href: `#${panelId({ ...choice, [picker.key]: o.id })}`,
          current: choice[picker.key] === o.id,
        })),
        currentAs: 'true',
        block: 'xp',
      }),
    );
    const elsewhere = markedHtml(marked(`Offered in ${offeredIn}`, panel.set.regionsIllustrative));
    const body = panel.regionOffered
      ? panel.set.note &&
        html`<p class="xp__note">${markedHtml(marked(panel.set.note, panel.set.regionsIllustrative))}</p>`
      : html`${explorerSetHtml(panel.set, panel.diffs, true)}<p class="xp__elsewhere">${elsewhere}.</p>`;
    const flags = html`${attr('data-default', panel === first ? '' : undefined)}${attr('data-own', panel.regionOffered ? undefined : '')}`;
    const heading = `${title(labels.models, choice.model)} partners in ${title(labels.regions, choice.region)}, ${title(labels.levels, choice.level)} level`;
    return html`<div class="xp__choice" id="${panel.id}"${flags}><h3 class="xp__title">${heading}</h3><div class="xp__pick">${chips}</div>${body}</div>`;
  };

  const groups = explorerGroups(panels).map((group) => {
    const { shared } = group;
    const regions =
      shared &&
      shared.unavailableRegions.length > 0 &&
      html`<p class="xp__regions">${markedHtml(
        marked(
          notOfferedIn(shared.unavailableRegions.map((r) => r.region.title)),
          shared.set.regionsIllustrative,
        ),
      )}.</p>`;
    const sharedHtml =
      shared &&
      html`<div class="xp__shared">${explorerSetHtml({ ...shared.set, note: '' }, shared.diffs, true)}${regions}</div>`;
    const isDefault = first !== undefined && group.panels.includes(first);
    return html`<div class="xp"${attr('data-default', isDefault ? '' : undefined)}>${group.panels.map(choiceHtml)}${sharedHtml}</div>`;
  });
  return html`<div class="explorer" data-pagefind-ignore>${groups}</div>`;
}
