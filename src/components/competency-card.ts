/**
 * A catalogue card, as HTML (see html.ts): a competency at a glance, linking to its page, with what it asks
 * under the chosen business model and level when a filter names them. The catalogue and each of its filter
 * pages write one per competency, so the card's own part is written once per build and shared.
 */
import { notOfferedIn } from '../domain/availability.ts';
import { BADGES } from '../domain/labels.ts';
import { marked } from '../domain/provenance.ts';
import type { CompetencyCardModel } from '../views/catalogue.ts';
import type { RequirementSet, SetDiff } from '../views/explorer.ts';
import { explorerSetHtml } from './explorer-set.ts';
import { html, type Html } from './html.ts';
import { markedHtml } from './marked-html.ts';
import './competency-card.css';

// The part of a card before what it asks, by card model (shared between pages) and link.
const heads = new WeakMap<CompetencyCardModel, { href: string; head: Html }>();

function newCardHead(card: CompetencyCardModel, href: string): Html {
  const offered = card.regions.filter((r) => r.offered);
  const missing = card.regions.filter((r) => !r.offered);
  const regionsIllustrative = card.regions.some((r) => r.illustrative);
  const regions = markedHtml(
    marked(
      missing.length === 0 ? `All ${offered.length} regions` : offered.map((r) => r.short).join(', '),
      regionsIllustrative,
    ),
  );
  const notOffered =
    missing.length > 0 &&
    html`<span class="card__missing">${markedHtml(marked(notOfferedIn(missing.map((r) => r.short)), regionsIllustrative))}</span>`;
  const interim = card.interim && html`<span class="badge">${BADGES.interim}</span>`;
  const retired = card.retired && html`<span class="badge">${BADGES.retired}</span>`;
  const badges = (card.interim || card.retired) && html`<p class="card__badges">${interim}${retired}</p>`;
  return html`<h3 class="card__title"><a href="${href}">${card.title}</a></h3>${badges}<p class="card__summary">${card.summary}</p><dl class="card__facts"><dt>Levels</dt><dd>${card.levels.join(', ')}</dd><dt>Business models</dt><dd>${markedHtml(marked(card.models.join(', '), card.modelsIllustrative))}</dd><dt>Regions</dt><dd>${regions}${notOffered}</dd></dl>`;
}

function cardHead(card: CompetencyCardModel, href: string): Html {
  const known = heads.get(card);
  if (known?.href === href) return known.head;
  const head = newCardHead(card, href);
  heads.set(card, { href, head });
  return head;
}

export interface CompetencyCardOptions {
  card: CompetencyCardModel;
  /** The link to the competency page, base path included. */
  href: string;
  /** What it asks under the filter's choice; none without one. */
  set?: RequirementSet | null | undefined;
  /** What changes on another business model or level. */
  diffs?: readonly SetDiff[];
}

export function competencyCardHtml({ card, href, set, diffs = [] }: CompetencyCardOptions): Html {
  const asks =
    set &&
    html`<div class="explore"><p class="explore__head">What it asks</p>${explorerSetHtml(set, diffs)}</div>`;
  return html`<article class="card">${cardHead(card, href)}${asks}</article>`;
}
