/**
 * Every word the site shows that is not content, in German: a value for every key of `en.ts`, in its order,
 * with the same `{placeholders}` (moved where German grammar needs them). Written in the Sie-form for business
 * users; hedges of the source stay hedges ("in der Regel", "kann", "könnte", "Beispiel", "illustrativ"), and
 * example values are called examples. After a colon a complete sentence starts with a capital; a fragment that
 * code puts after a colon is written so that a capital "Sie" never reads as the polite "you".
 *
 * Glossary (keep consistent):
 * - competency = Kompetenz; solution area = Lösungsbereich; Competency Catalogue = Kompetenzkatalog
 * - interim designation = Übergangsauszeichnung; designation = Auszeichnung
 * - level = Stufe ("auf Stufe Expert", "Stufe Principal oder höher")
 * - tier = Partnerstufe (never shortened to "Stufe", which is the level)
 * - self-assessment = Selbsteinschätzung; portfolio = Portfolio; roll-up = Gesamtauswertung
 * - partner = Partner; business model = Geschäftsmodell; region = Region
 * - requirement = Anforderung; evidence = Nachweis; figure (a partner's number) = Wert; example figure = Beispielwert
 * - the program's overview (the source page) = Programmübersicht; the site's home page = Übersicht
 * - rules = Regeln; rules version = Regelversion; announced = angekündigt; in effect from = gültig ab
 * - verdict = Bewertung; to score = bewerten; met / partly met / not met / not answered = erfüllt /
 *   teilweise erfüllt / nicht erfüllt / nicht beantwortet; not asked = nicht gefordert
 * - action plan = Maßnahmenplan (its columns: threshold = Schwellenwert, gap = Differenz, owner = Verantwortlich);
 *   share link = Freigabelink; shared answers = geteilte Antworten;
 *   to use (others' answers) = übernehmen; export/import = exportieren/importieren; clear = löschen;
 *   reset = zurücksetzen; undo = rückgängig machen; tick = ankreuzen (Häkchen)
 * - illustrative (the mark) = illustrativ; offered = angeboten; available = verfügbar
 * - Kept in English: Principal, Expert, Integrate, Resell, Services Expert, PartnerNet, Partner Program, USD.
 */
export default {
  'site.name': 'Kompetenzkatalog',
  'site.titleSeparator': '{page} · {site}',
  'site.skipLink': 'Zum Inhalt springen',
  'site.notice':
    'Mit {mark} gekennzeichnete Werte sind auf dieser Website Beispiele: Die Programmübersicht nennt keine Zahlen.',
  'site.notice.link': 'Was belegt und was illustrativ ist',
  'site.markName': 'illustrativ',
  'site.markNameLong': 'einem Sternchen',
  'site.languages.label': 'Sprache',
  'mark.legend.lead': 'Markierte Werte sind Beispiele.',
  'mark.legend.text':
    'Jeder Wert mit Sternchen ist ausgedacht, um zu zeigen, wie die Regeln funktionieren: Die Programmübersicht nennt keine Zahlen.',
  'site.nav.label': 'Hauptmenü',
  'site.nav.overview': 'Übersicht',
  'site.nav.competencies': 'Kompetenzen',
  'site.nav.compare': 'Vergleich',
  'site.nav.selfAssessment': 'Selbsteinschätzung',
  'site.nav.program': 'Programm',
  'site.nav.changes': 'Änderungen',
  'site.nav.howToApply': 'Beantragung',
  'site.nav.workspace': 'Partnerakte',
  'site.footer.about':
    'Der Kompetenzkatalog erläutert die Kompetenzen des Partner Program: was jede Kompetenz abdeckt und, anhand von Beispielwerten, was jede Stufe von Partnern in jedem Geschäftsmodell verlangen könnte.',
  'site.footer.marks':
    'Mit {mark} gekennzeichnete Werte sind Beispiele, nicht die Zahlen des Programms selbst.',
  'site.footer.nav.label': 'Weitere Links',
  'site.footer.program': 'So funktioniert das Programm',
  'site.footer.faq': 'Häufige Fragen von Partnern',
  'site.footer.sources': 'Woher die Zahlen stammen',
  'picker.model': 'Geschäftsmodell',
  'picker.region': 'Region',
  'picker.level': 'Stufe',
  'picker.anyModel': 'Alle Geschäftsmodelle',
  'picker.anyRegion': 'Alle Regionen',
  'picker.anyLevel': 'Alle Stufen',
  'announced.heading': 'Angekündigte Regeln ab {date}',
  'announced.lead':
    'Ab {date} wird diese Kompetenz nach {version} bewertet: {summary} Bis dahin gelten die aktuellen Regeln; sobald Sie Antworten eingeben, zeigt die Selbsteinschätzung Ihr Ergebnis nach beiden.',
  'catalogue.summary_one':
    '{areas} Kompetenzen in Lösungsbereichen und {count} Übergangsauszeichnung, in {groups} Gruppen.',
  'catalogue.summary_other':
    '{areas} Kompetenzen in Lösungsbereichen und {count} Übergangsauszeichnungen, in {groups} Gruppen.',
  'catalogue.hint':
    'Wählen Sie ein Geschäftsmodell und eine Stufe, um genau zu sehen, was jede Kompetenz verlangt und was sich im anderen Geschäftsmodell ändert.',
  'catalogue.title': 'Alle Kompetenzen',
  'catalogue.description':
    'Die {count} Kompetenzen des Partner Program in den Gruppen dieser Website, mit ihren Stufen und, als Beispiele, ihren Geschäftsmodellen und Regionen auf einen Blick.',
  'catalogue.lead':
    'Öffnen Sie eine Kompetenz, um nach den Beispielregeln dieses Katalogs zu sehen, was ihre Stufen in jedem Geschäftsmodell verlangen und wo sie angeboten wird. Filtern Sie nach Geschäftsmodell, Region und Stufe, um zu sehen, welche Beispiele für Sie gelten.',
  'catalogue.filters': 'Kompetenzen filtern',
  'catalogue.group.informationManagement': 'Informationsmanagement',
  'catalogue.group.security': 'Sicherheit',
  'catalogue.group.storageAndAvailability': 'Speicher und Verfügbarkeit',
  'catalogue.group.services': 'Services',
  'catalogue.showAll': 'Alle Kompetenzen anzeigen',
  'catalogue.excluded': 'Für diese Auswahl nicht verfügbar',
  'filter.described.m': '{model}-Partner',
  'filter.described.r': 'Partner in {region}',
  'filter.described.l': 'Partner auf Stufe {level}',
  'filter.described.mr': '{model}-Partner in {region}',
  'filter.described.ml': '{model}-Partner auf Stufe {level}',
  'filter.described.rl': 'Partner in {region} auf Stufe {level}',
  'filter.described.mrl': '{model}-Partner in {region} auf Stufe {level}',
  'filter.shown': '{shown} von {total} Kompetenzen und Auszeichnungen kommen für {described} infrage.',
  'filter.pageTitle': 'Kompetenzen: {filter}',
  'filter.description':
    'Welche Kompetenzen des Partner Program nach den Beispielregeln dieses Katalogs für {described} infrage kommen und was jede verlangt.',
  'filter.heading': 'Kompetenzen für {described}',
  'compare.title': 'Kompetenzen vergleichen',
  'compare.pageTitle': 'Kompetenzen vergleichen: {view}',
  'compare.described': '{model}-Partner ({region})',
  'compare.anyRegion': 'alle Regionen',
  'compare.unavailable':
    '{off} von {total} sind für diese Auswahl nicht verfügbar, jeweils mit Angabe des Grundes.',
  'compare.description':
    'Alle Kompetenzen des Partner Program nebeneinander, Stufe für Stufe und Anforderung für Anforderung, für {described}.',
  'compare.lead':
    'Alle Kompetenzen nebeneinander für {described}: was jede Stufe verlangt, gruppiert nach Art der Anforderung. {unavailable}',
  'compare.filters': 'Auswählen, was verglichen wird',
  'compare.portfolio':
    'Wie nah Ihre eigenen Werte den Anforderungen kommen, Kompetenz für Kompetenz und Stufe für Stufe, zeigt die {portfolio}.',
  'compare.portfolio.link': 'Portfolio-Selbsteinschätzung',
  'compare.level': 'Stufe {level}',
  'compare.caption': 'Anforderungen der Stufe {level} für alle Kompetenzen, für {described}',
  'compare.competency': 'Kompetenz',
  'compare.cardLevel': ', Stufe {level}',
  'list.separator': ', ',
  'card.levels': 'Stufen',
  'card.models': 'Geschäftsmodelle',
  'card.regions': 'Regionen',
  'card.allRegions': 'Alle {count} Regionen',
  'card.asks': 'Was sie verlangt',
  'page.edit': 'Diese Seite bearbeiten',
  'page.updated': 'Zuletzt aktualisiert am {date}',
  'matrix.caption': 'Stufe {level}',
  'matrix.captionNote': '{competency}: Anforderungen nach Geschäftsmodell',
  'matrix.carried': 'Übernommen von {level}',
  'matrix.evidence': 'Nachweis: {evidence}',
  'region.offered': 'Angeboten',
  'region.notOffered': 'Nicht angeboten',
  'modelDiff.label': 'Was sich in einem anderen Geschäftsmodell als {model} ändert',
  'modelDiff.heading': 'Was sich in einem anderen Geschäftsmodell ändert',
  'explorer.choiceTitle': '{model}-Partner in {region}, Stufe {level}',
  'explorer.onModel': 'Bei {to} statt {from}',
  'explorer.atLevel': 'Auf Stufe {to} statt {from}',
  'explorer.inRegion': 'In {to} statt {from}',
  'explorer.sameChoice': 'Bei gleicher Auswahl',
  'explorer.diff.unavailable': '{heading}: {reason}.',
  'explorer.diff.available': '{heading}: verfügbar, mit {requirements}.',
  'explorer.diff.changes': '{heading}: {changes}.',
  'explorer.diff.same': '{heading}: dieselben Anforderungen.',
  'explorer.requirements_one': '{count} Anforderung',
  'explorer.requirements_other': '{count} Anforderungen',
  'explorer.added': '{label} neu erforderlich: {threshold}',
  'explorer.changed': '{label}: {change}',
  'explorer.removed': '{label} nicht mehr erforderlich',
  'explorer.same': 'dieselben Anforderungen.',
  'modelDiff.itemHeading': 'Auf Stufe {level}, bei {to} statt {from}',
  'modelDiff.reason': '{reason}.',
  'modelDiff.same': 'Dieselben Anforderungen.',
  'page.regionsAtGlance': '{offered} von {total}: {regions}',
  'page.regionsEvery': '{competency} wird in jeder Region angeboten, die diese Website aufführt.',
  'page.regionsSome':
    '{competency} wird in {offered} von {total} Regionen angeboten, die diese Website aufführt.',
  'page.rulesVersion': 'Version {version}, gültig seit {date}',
  'list.sentences': '. ',
  'list.clauses': '; ',
  'list.colon': ': ',
  'list.stop': '.',
  'explorer.offeredIn': 'Angeboten in {regions}',
  'explorer.available': 'verfügbar.',
  'matrix.notRequired': 'Nicht erforderlich',
  'matrix.notOffered': 'Nicht angeboten',
  'tier.competencies_one': '{count} Kompetenz',
  'tier.competencies_other': '{count} Kompetenzen',
  'tier.needsNone': 'Keine Kompetenz erforderlich',
  'tier.needsExpert': '{competencies} auf Stufe Expert',
  'tier.needsPrincipal': '{competencies} auf Stufe Principal oder höher',
  'tier.needsBoth': '{competencies} auf Stufe Principal oder höher, davon {expert} auf Stufe Expert',
  'tier.rule':
    'Für die Partnerstufen zählen Kompetenzen auf Stufe Principal oder höher und solche auf Stufe Expert; eine Kompetenz auf Stufe Expert zählt für beides.',
  'tier.benefitsNone': 'Keine angegeben',
  'widget.heading': 'Ihre Situation und Ihre Werte',
  'widget.situation': '{model}-Partner in {region}',
  'widget.figures': 'Ihre Werte',
  'widget.caption': '{competency}: Anforderungen für {situation}',
  'widget.requirement': 'Anforderung',
  'widget.yourFigure': 'Ihr Wert',
  'widget.notAsked': 'Nicht gefordert',
  'widget.helpEvidence': 'Hilfe und Nachweise',
  'widget.everyLevel': 'Alle Stufen sind erreicht.',
  'widget.whatsMissing': 'Was noch fehlt',
  'widget.missingFor': 'Was für {level} noch fehlt',
  'widget.howScored': 'So wird bewertet',
  'widget.checkServicesExpert': 'Eignung für Services Expert prüfen',
  'widget.actions': 'Speichern, teilen und exportieren',
  'widget.saved': 'Nur in diesem Browser gespeichert. Es wird nichts an einen Server gesendet.',
  'widget.savedAt':
    'Nur in diesem Browser gespeichert (zuletzt gespeichert: {time}). Es wird nichts an einen Server gesendet.',
  'widget.copyLink': 'Freigabelink kopieren',
  'widget.exportCsv': 'Maßnahmenplan exportieren (CSV)',
  'widget.exportJson': 'Antworten exportieren (JSON)',
  'widget.print': 'Bericht drucken',
  'widget.import': 'Antworten aus JSON-Datei importieren',
  'widget.reset': 'Antworten zurücksetzen',
  'checklist.needsJs': 'Die interaktive Selbsteinschätzung benötigt JavaScript.',
  'checklist.printInstead':
    'Drucken Sie stattdessen diese Checkliste aus und tragen Sie Ihre eigenen Werte in die letzte Spalte ein.',
  'checklist.caption': '{competency}: Checkliste für {model}-Partner',
  'checklist.evidence': 'Nachweis',
  'changes.version': 'Version {version}',
  'changes.firstVersion': 'Version {version}, erstmals veröffentlicht',
  'changes.announcedVersion': 'Version {version}, gültig ab {effective}; angekündigt am {date}',
  'list.lastSeparator': ' und ',
  'list.then': '{first} {then}',
  'list.more_one': '{count} weitere',
  'list.more_other': '{count} weitere',
  'portfolio.title': 'Portfolio-Selbsteinschätzung',
  'portfolio.fileRecord':
    'Diese Datei enthält auch eine Partnerakte, die hier nicht importiert wird: Importieren Sie die Datei auf der Seite der Partnerakte, die zuerst zeigt, was sich ändert.',
  'portfolio.titled': '{title}: {note}',
  'portfolio.tier': 'Ihre Partnerstufe',
  'portfolio.imply': 'Ihre Stufen ergeben {tier}.',
  'portfolio.noTier': 'keine Partnerstufe',
  'portfolio.topTier': 'Das ist die höchste Partnerstufe.',
  'portfolio.none': 'keine',
  'portfolio.orAbove': '{level} oder höher',
  'portfolio.closest': 'Am nächsten an {tier}',
  'portfolio.atLevel': ' auf Stufe {level}: {progress}',
  'portfolio.notYet': ' (noch nicht in Ihrem Portfolio)',
  'portfolio.designation': '{designation}, eine Übergangsauszeichnung',
  'portfolio.designationApart':
    'Sie wird getrennt von den Partnerstufen gezeigt: Die Programmübersicht sagt nicht, wie sie für diese zählt.',
  'portfolio.interim': ' (Übergangsauszeichnung)',
  'portfolio.openFull': '{link}, um die Gründe für jede Bewertung und den Maßnahmenplan zu sehen.',
  'portfolio.openFull.link': 'Vollständige Selbsteinschätzung für {competency} öffnen',
  'portfolio.answers': 'Ihre Antworten',
  'portfolio.tickFirst':
    'Kreuzen Sie oben die Kompetenzen an, die Sie besitzen oder anstreben, um ihre Anforderungen hier zu beantworten.',
  'portfolio.choose': 'Kompetenzen, die Sie besitzen oder anstreben',
  'portfolio.competency': 'Kompetenz',
  'portfolio.notOffered': 'Für diese Auswahl nicht angeboten',
  'portfolio.notChosen': 'Nicht in Ihrem Portfolio',
  'portfolio.actions': 'Teilen und exportieren',
  'portfolio.saved':
    'Nur in diesem Browser gespeichert und mit jeder Kompetenzseite gemeinsam genutzt. Es wird nichts an einen Server gesendet.',
  'portfolio.exportJson': 'Portfolio exportieren (JSON)',
  'portfolio.import': 'Portfolio aus JSON-Datei importieren',
  'portfolio.viewingShared': 'Sie sehen ein geteiltes Portfolio',
  'portfolio.viewingImported': 'Sie sehen ein importiertes Portfolio',
  'portfolio.plan': 'Maßnahmenplan',
  'portfolio.plan.status': 'Status',
  'portfolio.plan.missing': 'Was noch fehlt',
  'portfolio.plan.announced': 'angekündigte Regeln {version}',
  'msg.leftOut.refused': '{fields}: Der Wert passt nicht zum Feld und wurde deshalb weggelassen.',
  'msg.leftOut.unknown_one':
    '{count} Antwort zu einer Anforderung, die diese Kompetenz nicht hat, wurde weggelassen.',
  'msg.leftOut.unknown_other':
    '{count} Antworten zu Anforderungen, die diese Kompetenz nicht hat, wurden weggelassen.',
  'msg.unknownEntries_one': '{count} Eintrag wurde weggelassen: Der Katalog enthält keine solche Kompetenz.',
  'msg.unknownEntries_other':
    '{count} Einträge wurden weggelassen: Der Katalog enthält keine solche Kompetenz.',
  'msg.unchanged': 'Ihre Antworten sind unverändert.',
  'msg.otherCompetency':
    'Dieser Freigabelink enthält Antworten für eine andere Kompetenz; öffnen Sie ihn auf der Seite der betreffenden Kompetenz.',
  'msg.portfolioLink':
    'Dieser Freigabelink enthält ein ganzes Portfolio, keine Antworten für {title}; öffnen Sie ihn auf der Seite „{page}“.',
  'msg.oneCompetencyLink':
    'Dieser Freigabelink enthält die Antworten einer einzelnen Kompetenz, kein Portfolio; öffnen Sie ihn auf der Seite der betreffenden Kompetenz.',
  'msg.oneCompetencyLink.named':
    'Dieser Freigabelink enthält nur die Antworten für {title}, kein Portfolio; öffnen Sie ihn auf der Seite „{title}“.',
  'msg.damagedPortfolio': 'Dieser Freigabelink ist beschädigt oder unvollständig.',
  'msg.unreadableAnswers': 'Dieser Freigabelink enthält Antworten, die diese Seite nicht lesen kann.',
  'msg.unknownContext':
    'Dieser Freigabelink nennt ein Geschäftsmodell oder eine Region, die diese Website nicht kennt.',
  'msg.share.damaged':
    'Dieser Freigabelink ist beschädigt oder unvollständig und wurde daher nicht geöffnet. Bitten Sie um einen neuen Link.',
  'msg.share.none': 'Dieser Link enthält keine geteilten Antworten.',
  'msg.share.newer':
    'Dieser Freigabelink wurde mit einer neueren Version der Website erstellt und kann hier nicht gelesen werden.',
  'msg.linkCopied.answers': 'Link kopiert. Wer ihn öffnet, sieht diese Antworten:',
  'msg.linkCopied.portfolio': 'Link kopiert. Wer ihn öffnet, sieht dieses Portfolio:',
  'msg.link.copied': 'Der Freigabelink wurde kopiert.',
  'msg.link.inBox': 'Der Freigabelink steht im Feld unten und kann kopiert werden.',
  'msg.notImported': 'Die Datei wurde nicht importiert: {why}',
  'msg.fileRefused.tooLarge': 'Sie ist zu groß für eine exportierte Selbsteinschätzung.',
  'msg.fileRefused.notJson': 'Sie enthält kein gültiges JSON.',
  'msg.fileRefused.notExport': 'Sie ist keine Selbsteinschätzung, die von dieser Website exportiert wurde.',
  'msg.fileRefused.unread': 'Sie konnte nicht gelesen werden.',
  'msg.fileRefused.noContext': 'Geschäftsmodell, Region oder Regelversion fehlen darin.',
  'msg.fileRefused.unknownContext':
    'Das darin genannte Geschäftsmodell oder die Region ist dieser Website nicht bekannt.',
  'msg.fileRefused.noAnswers': 'Sie enthält keine Antworten, die diese Seite lesen kann.',
  'msg.fileRefused.portfolio':
    'Sie ist ein Portfolio-Export, keine Antworten für {title}; importieren Sie sie auf der Seite „{page}“.',
  'msg.fileRefused.oneCompetency':
    'Sie enthält die Antworten einer einzelnen Kompetenz, kein Portfolio; importieren Sie sie auf der Seite der betreffenden Kompetenz.',
  'msg.fileRefused.oneCompetency.named':
    'Sie enthält nur die Antworten für {title}, kein Portfolio; importieren Sie sie auf der Seite „{title}“.',
  'msg.fileRefused.otherCompetency': 'Sie enthält Antworten für eine andere Kompetenz, nicht für {title}.',
  'msg.fileRefused.otherCompetency.named': 'Sie enthält Antworten für {other}, nicht für {title}.',
  'msg.otherRules':
    'Diese Antworten wurden nach anderen Regeln als denen dieser Seite gegeben; sie werden daher nach den Regeln dieser Seite bewertet.',
  'msg.otherRules.named':
    '{title}: Diese Antworten wurden nach anderen Regeln als denen dieser Seite gegeben; sie werden daher nach den Regeln dieser Seite bewertet.',
  'msg.sameAnswers': 'Diese Antworten stimmen mit Ihren überein.',
  'msg.using': 'Die Übernahme dieser Antworten {changes}.',
  'msg.using.named': '{title}: Die Übernahme dieser Antworten {changes}.',
  'msg.changes': 'ändert {fields}',
  'msg.clears': 'leert {fields}, da diese Antworten dort keinen Wert haben',
  'msg.changesAndClears': '{changes} und {clears}',
  'msg.imported': 'Die Antworten aus {file} wurden importiert.',
  'msg.replaced.changed': 'Geändert: {fields}.',
  'msg.replaced.cleared': 'Geleert: {fields}.',
  'msg.reset.none': 'Für {title} gibt es keine Antworten zum Löschen.',
  'msg.reset.question':
    'Alle Antworten für {title} aus diesem Browser löschen: {fields}? Sie können das rückgängig machen, bis Ihre Antworten erneut ersetzt werden.',
  'msg.cleared': 'Ihre Antworten wurden gelöscht.',
  'msg.cleared.named': 'Ihre Antworten wurden gelöscht: {fields}.',
  'msg.undo.shared': 'Übernahme der geteilten Antworten rückgängig machen',
  'msg.undo.imported': 'Import rückgängig machen',
  'msg.undo.reset': 'Zurücksetzen rückgängig machen',
  'msg.undo.portfolio': 'Übernahme des geteilten Portfolios rückgängig machen',
  'msg.undone':
    'Rückgängig gemacht: Ihre vorherigen Antworten sind wieder da, und was Sie seitdem geändert haben, bleibt so, wie Sie es geändert haben.',
  'msg.unticks_one':
    'Entfernt das Häkchen bei {titles}, die dieses Portfolio nicht enthält; ihre Antworten bleiben gespeichert.',
  'msg.unticks_other':
    'Entfernt das Häkchen bei {titles}, die dieses Portfolio nicht enthält; ihre Antworten bleiben gespeichert.',
  'msg.setsContext': 'Setzt Geschäftsmodell und Region auf {context}.',
  'msg.attention_one': '{fields}: Bitte prüfen. Wird erst gezählt, wenn korrigiert oder geleert.',
  'msg.attention_other': '{fields}: Bitte prüfen. Werden erst gezählt, wenn korrigiert oder geleert.',
  'msg.number.question': '{label}: Meinten Sie {first} oder {second}?',
  'msg.number.form': '{label}: Bitte {hint}.',
  'msg.number.aboveScale': '{label}: {figure} liegt über der Skala; bitte {hint}.',
  'msg.number.belowScale': '{label}: {figure} liegt unter der Skala; bitte {hint}.',
  'msg.number.fraction': '{label}: {figure} ist keine ganze Zahl; bitte {hint}.',
  'msg.number.tooLarge': '{label}: Diese Zahl ist zu groß; möglich sind höchstens {max}.',
  'msg.number.currency':
    '{label}: Dieses Feld erwartet einen Betrag in {unit}, nicht in {currency}; bitte {hint}.',
  'msg.number.hint': 'geben Sie {what} ein, z. B. {examples}',
  'msg.number.what.number': 'eine Zahl ab {min}',
  'msg.number.what.whole': 'eine ganze Zahl ab {min}',
  'msg.number.what.scale': 'eine Zahl von {min} bis {max}',
  'msg.number.what.wholeScale': 'eine ganze Zahl von {min} bis {max}',
  'msg.number.what.percent': 'einen Prozentwert ab {min}',
  'msg.number.what.amount': 'einen Betrag in {unit} ab {min}',
  'msg.number.examples.whole': '3 oder 1.200',
  'msg.number.examples.scale': '{comma} oder {dot}',
  'msg.number.examples.percent': '12,5 oder 12,5 %',
  'msg.number.examples.amount': '185000, 185.000, 185 Tsd. oder 185.000,50',
  'msg.scoringUnavailable':
    'Die Bewertung konnte nicht geladen werden, daher wurde soeben nichts bewertet oder gespeichert. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut oder laden Sie die Seite neu: Was Sie zuvor gespeichert haben, ist unverändert.',
  'msg.notLoadedYet': 'Ihre Werte werden bewertet und gespeichert, sobald die Seite vollständig geladen ist.',
  'msg.updatedFromTab':
    'Ihre Ansicht wurde mit Antworten aktualisiert, die in einem anderen Tab gespeichert wurden.',
  'msg.choiceFromTab': 'Ihre Auswahl an Kompetenzen wurde aus einem anderen Tab aktualisiert.',
  'msg.ownContext_one':
    '{titles} behält das Geschäftsmodell und die Region, die mit ihren Antworten gespeichert sind; ändern Sie diese auf der Seite der Kompetenz.',
  'msg.ownContext_other':
    '{titles} behalten jeweils das Geschäftsmodell und die Region, die mit ihren Antworten gespeichert sind; ändern Sie diese auf der jeweiligen Seite der Kompetenz.',
  'msg.scoredFor': 'Bewertet für {model} in {region}.',
  'msg.scoredFor.own':
    'Bewertet für {model} in {region}, wie mit den Antworten dieser Kompetenz gespeichert.',
  'msg.context': '{model} in {region}',
  'msg.fromFile':
    'Diese Antworten stammen aus {file} und werden nur hier angezeigt. Ihre eigenen gespeicherten Antworten bleiben unverändert, sofern Sie nicht stattdessen diese übernehmen.',
  'msg.fromFile.unnamed':
    'Diese Antworten stammen aus der gewählten Datei und werden nur hier angezeigt. Ihre eigenen gespeicherten Antworten bleiben unverändert, sofern Sie nicht stattdessen diese übernehmen.',
  'msg.shownNotSaved.link':
    'Geteilte Antworten: Diese stammen aus einem Freigabelink und sind nicht die in diesem Browser gespeicherten Antworten.',
  'msg.shownNotSaved.file':
    'Importierte Antworten: Diese stammen aus einer Datei und sind nicht die in diesem Browser gespeicherten Antworten.',
  'msg.usedShared': 'Die geteilten Antworten sind jetzt Ihre gespeicherten Antworten.',
  'msg.usedShared.framed':
    'Die geteilten Antworten werden nur auf dieser Seite als Ihre angezeigt: Es wurde nichts gespeichert.',
  'msg.keptOwn.shared':
    'Ihre eigenen Antworten werden wieder angezeigt; die geteilten Antworten wurden nicht gespeichert.',
  'msg.keptOwn.imported':
    'Ihre eigenen Antworten werden wieder angezeigt; die importierten Antworten wurden nicht gespeichert.',
  'msg.emptyPlan.none':
    'Beantworten Sie die Anforderungen mindestens einer Kompetenz, um einen Maßnahmenplan zu exportieren.',
  'msg.emptyPlan.done':
    'Nichts zu exportieren: Jede Kompetenz, die Sie beantwortet haben, ist auf ihrer höchsten Stufe oder wird dort, wo sie bewertet wird, nicht angeboten.',
  'msg.framed':
    'Diese Seite wird innerhalb einer anderen Website angezeigt. Daher zeigt sie die in diesem Browser gespeicherten Antworten weder an, noch ändert sie sie: Ein Klick hier könnte für jene Website gedacht sein.',
  'msg.framed.link': 'Diese Seite in eigenem Tab öffnen',
  'msg.storage.blocked':
    'Dieser Browser erlaubt kein Speichern: Antworten bleiben nur in diesem Tab erhalten, bis Sie sie exportieren.',
  'msg.storage.read':
    'Dieser Browser konnte die hier gespeicherten Daten nicht lesen, daher wird nichts davon überschrieben: Antworten bleiben nur in diesem Tab erhalten, bis Sie sie exportieren.',
  'msg.storage.write':
    'Ihr Browser hat das Speichern verweigert: Antworten bleiben nur in diesem Tab erhalten, bis Sie sie exportieren.',
  'msg.saved.read':
    'Dieser Browser konnte die hier gespeicherten Daten nicht lesen, daher bleiben sie unverändert: Was Sie eingeben, bleibt nur in diesem Tab erhalten, bis Sie es exportieren oder die Antworten zurücksetzen.',
  'msg.saved.unreadable':
    'Die in diesem Browser gespeicherten Antworten konnten nicht gelesen werden, daher bleiben sie unverändert: Was Sie eingeben, bleibt nur in diesem Tab erhalten, bis Sie es exportieren oder die Antworten zurücksetzen.',
  'msg.saved.newer':
    'Die in diesem Browser gespeicherten Antworten stammen aus einer neueren Version der Website, daher bleiben sie unverändert: Was Sie eingeben, bleibt nur in diesem Tab erhalten, bis Sie es exportieren oder die Antworten zurücksetzen.',
  'msg.request.damaged':
    'Dieser Anfragelink ist beschädigt oder wurde abgeschnitten. Bitten Sie um einen neuen. Es wurde nichts geändert.',
  'msg.request.newer':
    'Diese Anfrage stammt aus einer neueren Version der Website, die diese Seite nicht lesen kann. Es wurde nichts geändert.',
  'msg.request.unknown':
    'Diese Anfrage betrifft Kompetenzen, die diese Website nicht führt. Es wurde nichts geändert.',
  'msg.request.sealed': 'Diese Anfrage ist mit einer Passphrase geschützt.',
  'msg.request.wrong':
    'Mit dieser Passphrase lässt sich die Anfrage nicht öffnen. Es wurde nichts geändert; prüfen Sie die Passphrase mit der anfragenden Person und versuchen Sie es erneut.',
  'msg.request.tampered':
    'Diese Anfrage wurde nach dem Schützen verändert und wird daher nicht angezeigt. Bitten Sie die anfragende Person erneut um den Link.',
  'msg.request.other':
    'Dies ist eine Antwort, keine Anfrage: Öffnen Sie sie auf Ihrer Partnerakte. Es wurde nichts geändert.',
  'msg.reply.damaged':
    'Diese Antwort ist beschädigt oder wurde abgeschnitten. Bitten Sie um eine neue. Ihre Akte ist unverändert.',
  'msg.reply.newer':
    'Diese Antwort stammt aus einer neueren Version der Website, die diese Seite nicht lesen kann. Ihre Akte ist unverändert.',
  'msg.reply.unknown':
    'Diese Antwort betrifft Kompetenzen, die diese Website nicht führt. Ihre Akte ist unverändert.',
  'msg.reply.sealed': 'Diese Antwort ist mit einer Passphrase geschützt.',
  'msg.reply.wrong':
    'Mit dieser Passphrase lässt sich die Antwort nicht öffnen. Ihre Akte ist unverändert; prüfen Sie die Passphrase mit Ihrer Kollegin oder Ihrem Kollegen und versuchen Sie es erneut.',
  'msg.reply.tampered':
    'Diese Antwort wurde nach dem Schützen verändert und wird daher nicht angezeigt. Ihre Akte ist unverändert; bitten Sie Ihre Kollegin oder Ihren Kollegen erneut darum.',
  'msg.reply.other':
    'Dies ist eine Anfrage, keine Antwort: Senden Sie sie an die Kollegin oder den Kollegen, die bzw. der sie beantworten soll. Ihre Akte ist unverändert.',
  'msg.record.unchanged': 'Ihre Partnerakte ist unverändert.',
  'msg.record.fileRefused.tooLarge': 'Sie ist zu groß für eine exportierte Partnerakte.',
  'msg.record.fileRefused.notExport': 'Sie ist keine von dieser Website exportierte Partnerakte.',
  'msg.record.fileRefused.newer':
    'Sie stammt aus einer neueren Version der Website, die diese Seite nicht lesen kann.',
  'msg.record.fileRefused.answers':
    'Sie enthält Antworten einer Selbsteinschätzung, keine Partnerakte: Importieren Sie sie auf der Seite einer Kompetenz oder im Portfolio.',
  'msg.record.fileRefused.noEntries': 'Keiner ihrer Einträge konnte gelesen werden.',
  'msg.record.entries.people_one': '{count} Person',
  'msg.record.entries.people_other': '{count} Personen',
  'msg.record.entries.credentials_one': '{count} bestandene Schulung oder Prüfung',
  'msg.record.entries.credentials_other': '{count} bestandene Schulungen oder Prüfungen',
  'msg.record.entries.bookings_one': '{count} Umsatzbuchung',
  'msg.record.entries.bookings_other': '{count} Umsatzbuchungen',
  'msg.record.entries.references_one': '{count} Kundenreferenz',
  'msg.record.entries.references_other': '{count} Kundenreferenzen',
  'msg.record.entries.surveys_one': '{count} Umfrageergebnis',
  'msg.record.entries.surveys_other': '{count} Umfrageergebnisse',
  'msg.record.entries.evidence_one': '{count} Nachweisplan',
  'msg.record.entries.evidence_other': '{count} Nachweispläne',
  'msg.record.entries.allocations_one': '{count} Kompetenzzuordnung einer Person',
  'msg.record.entries.allocations_other': '{count} Kompetenzzuordnungen von Personen',
  'msg.record.leftOut': 'Weggelassen, da nicht lesbar: {entries}.',
  'msg.record.unknownSections_one':
    '{count} Teil der Datei, den eine Partnerakte nicht hat, wurde weggelassen.',
  'msg.record.unknownSections_other':
    '{count} Teile der Datei, die eine Partnerakte nicht hat, wurden weggelassen.',
  'msg.record.same': 'Diese Datei enthält dieselbe Partnerakte wie dieser Browser.',
  'msg.record.using': 'Die Übernahme dieser Datei {changes}.',
  'msg.record.adds': 'fügt {entries} hinzu',
  'msg.record.changes': 'ändert {entries}',
  'msg.record.removes': 'entfernt {entries} (in der Datei nicht enthalten)',
  'msg.record.imported': 'Die Partnerakte aus {file} wurde importiert.',
  'msg.record.undone':
    'Rückgängig gemacht: Die Einträge, die der Import geändert hat, sind wieder wie zuvor, und was Sie seitdem geändert haben, bleibt so, wie Sie es geändert haben.',
  'msg.record.saved.read':
    'Dieser Browser konnte die hier gespeicherte Partnerakte nicht lesen, daher bleibt sie unverändert: Was Sie eingeben, bleibt nur in diesem Tab erhalten, bis Sie es exportieren.',
  'msg.record.saved.unreadable':
    'Die in diesem Browser gespeicherte Partnerakte konnte nicht gelesen werden, daher bleibt sie unverändert: Was Sie eingeben, bleibt nur in diesem Tab erhalten, bis Sie es exportieren.',
  'msg.record.saved.newer':
    'Die in diesem Browser gespeicherte Partnerakte stammt aus einer neueren Version der Website, daher bleibt sie unverändert: Was Sie eingeben, bleibt nur in diesem Tab erhalten, bis Sie es exportieren.',
  'msg.record.saved.leftOut':
    'Einige Einträge der in diesem Browser gespeicherten Partnerakte konnten nicht gelesen werden: {entries}. Sie werden nicht angezeigt und bleiben unverändert gespeichert.',
  'more.downloadSaved': 'Gespeicherte Daten herunterladen',
  'more.rescored': 'Ihre gespeicherten Antworten wurden neu bewertet.',
  'msg.clearRefused':
    'Ihr Browser hat das Löschen der gespeicherten Antworten verweigert: Die Antworten sind weiterhin in diesem Browser gespeichert und erscheinen wieder, wenn die Seite neu geladen wird.',
  'msg.clearedInTab':
    'Ihre Antworten wurden in einem anderen Tab gelöscht; gespeichert wird nur, was Sie ab jetzt eingeben.',
  'msg.unreadable_one':
    'Die für {titles} gespeicherten Antworten konnten nicht gelesen werden und bleiben daher unverändert: Was Sie dafür eingeben, bleibt nur in diesem Tab erhalten, bis Sie es exportieren oder die Antworten auf der Seite der Kompetenz zurücksetzen.',
  'msg.unreadable_other':
    'Die für {titles} gespeicherten Antworten konnten nicht gelesen werden und bleiben daher unverändert: Was Sie dafür eingeben, bleibt nur in diesem Tab erhalten, bis Sie es exportieren oder die Antworten auf der jeweiligen Seite der Kompetenz zurücksetzen.',
  'shared.yourSituation': 'Ihre Situation',
  'shared.printHead': '{what} für {situation}, gedruckt am {day}.',
  'shared.linkLabel': 'Link zum Teilen kopieren:',
  'shared.fromLink':
    'Diese Antworten kamen mit dem geöffneten Link und werden nur hier angezeigt. Ihre eigenen gespeicherten Antworten bleiben unverändert, sofern Sie nicht stattdessen diese übernehmen.',
  'shared.use': 'Diese Antworten übernehmen',
  'shared.keep': 'Meine Antworten behalten',
  'shared.readAs': 'Gelesen als',
  'shared.forward.legend': 'Vor dem Teilen oder Exportieren',
  'shared.forward.protect': 'Mit einer Passphrase schützen',
  'shared.forward.passphrase': 'Passphrase',
  'shared.forward.passphraseHelp':
    'Nur mit ihr lassen sich Link oder Datei öffnen. Teilen Sie sie auf anderem Weg mit als den Link oder die Datei selbst, zum Beispiel am Telefon.',
  'shared.unlock.link': 'Geschützter Freigabelink',
  'shared.unlock.file': 'Geschützte Datei',
  'shared.unlock.text':
    'Diese Antworten sind mit einer Passphrase geschützt. Geben Sie die Passphrase ein, die Sie vom Absender erhalten haben, um sie zu sehen; Ihre eigenen Antworten bleiben, wie sie sind, bis Sie entscheiden.',
  'shared.unlock.label': 'Passphrase',
  'shared.unlock.open': 'Öffnen',
  'shared.unlock.opening': 'Wird geöffnet …',
  'shared.forward.moneyless': 'Geldbeträge weglassen (Umsatz und Wachstum)',
  'shared.forward.moneylessHelp':
    'Link und Dateien sagen dann, ob die Anforderung erfüllt ist, so wie diese Seite sie bewertet, enthalten aber keinen Betrag und keinen Prozentsatz. Auch das Wachstum wird weggelassen: Es ist ein Anteil am Umsatz und zeigt, wie sich Ihr Geschäft entwickelt. Ein teilweise erfüllter Wert wird als nicht erfüllt übermittelt, da der erreichte Anteil den Wert verraten würde.',
  'msg.withheld.shown':
    'Der Absender hat seine Geldbeträge weggelassen: {fields}. Deren Status wird so gezeigt, wie der Absender ihn bewertet hat, bis Sie eigene Werte eingeben.',
  'msg.withheld.kept':
    'Die Bewertungen des Absenders stehen für die weggelassenen Geldbeträge ({fields}), bis Sie eigene Werte eingeben; sie gelten nur in diesem Tab und werden nicht gespeichert.',
  'msg.sealed.wrong':
    'Mit dieser Passphrase lassen sich die Antworten nicht öffnen. Es wurde nichts geändert; prüfen Sie die Passphrase mit dem Absender und versuchen Sie es erneut.',
  'msg.sealed.tampered':
    'Diese Antworten wurden nach dem Schützen verändert und werden deshalb nicht angezeigt. Es wurde nichts geändert; bitten Sie den Absender erneut um den Link oder die Datei.',
  'msg.sealed.damaged':
    'Dieser geschützte Link oder diese Datei ist beschädigt oder unvollständig und wurde nicht geöffnet. Bitten Sie den Absender erneut darum.',
  'msg.sealed.newer':
    'Dieser geschützte Link oder diese Datei stammt aus einer neueren Version der Website und lässt sich hier nicht öffnen.',
  'msg.sealed.empty': 'Geben Sie zuerst die Passphrase ein.',
  'msg.sealed.noPassphrase':
    'Geben Sie eine Passphrase zum Schützen ein oder entfernen Sie das Häkchen bei „Mit einer Passphrase schützen“.',
  'msg.sealed.unavailable':
    'Der Code zum Schützen und Öffnen von Links und Dateien konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'msg.sealed.link':
    'Der geschützte Link wurde kopiert. Teilen Sie die Passphrase auf anderem Weg mit als den Link.',
  'msg.sealed.linkInBox':
    'Der geschützte Link steht im Feld unten bereit zum Kopieren. Teilen Sie die Passphrase auf anderem Weg mit als den Link.',
  'msg.share.sealed':
    'Dieser Freigabelink ist mit einer Passphrase geschützt und lässt sich hier nicht öffnen.',
  'msg.sealed.csv':
    'Eine CSV-Datei lässt sich in jeder Tabellenkalkulation öffnen und daher nicht mit einer Passphrase schützen. Entfernen Sie das Häkchen bei „Mit einer Passphrase schützen“, um sie zu exportieren.',
  'msg.fileRefused.sealed': 'sie ist mit einer Passphrase geschützt, und diese Seite kann sie nicht öffnen.',
  'more.viewingShared': 'Sie sehen geteilte Antworten',
  'more.viewingImported': 'Sie sehen importierte Antworten',
  'more.reportHead': 'Selbsteinschätzung {competency}',
  'more.rulesVersion': 'Regelversion {version}',
  'field.needs': 'Benötigt',
  'field.evidence': 'Nachweis:',
  'more.of': '{reached} von {target}',
  'more.se.legend': 'Anforderungen für {designation}',
  'more.se.lead':
    '{summary} Diese Antworten werden in diesem Browser gemeinsam mit der Seite „{designation}“ genutzt.',
  'more.se.missing': '{progress}. Es fehlt noch:',
  'more.clear': 'Antworten löschen',
  'more.cancel': 'Abbrechen',
  'more.nothingToExport': 'Nichts zu exportieren: {why}',
  'more.announced.heading': 'Ihr Ergebnis nach den Regeln ab {date}',
  'more.announced.current': 'Nach den aktuellen Regeln:',
  'more.rescore.changed': 'Was sich geändert hat:',
  'more.rescore.same': 'Keine Bewertung hat sich geändert.',
  'more.rescore.achieved': 'Erreichte Stufe: {before} → {after}',
  'more.rescore.requirement': '{requirement} auf Stufe {level}: {before} → {after}',
  'figure.on.label': 'Zahlen aus Ihren Aufzeichnungen mit Stand vom',
  'figure.on.today': 'Zurück zu heute',
  'figure.on.isToday':
    'Heute, {day}: die Zahlen und Ergebnisse aus Ihren Aufzeichnungen, wie sie jetzt stehen.',
  'figure.on.isOther': 'So, wie sie am {day} stünden, mit Ihren Aufzeichnungen in ihrem jetzigen Stand.',
  'figure.on.bad': '„{given}“ ist kein Datum: Angezeigt wird heute, der {today}.',
  'figure.on.range': '{given} liegt außerhalb von {first} bis {last}: Angezeigt wird heute, der {today}.',
  'figure.quarter': 'Q{n} {year}',
  'figure.window': 'vom {first} bis {last}',
  'figure.upTo': 'bis zum {last}',
  'figure.held': 'erfüllt von {people}',
  'figure.notHeld': 'niemand in Ihren Aufzeichnungen hat alle Kurse abgeschlossen',
  'figure.people_one': '{count} Person ({people})',
  'figure.people_other': '{count} Personen ({people})',
  'figure.nobody': 'niemand in Ihren Aufzeichnungen zählt',
  'figure.booked': '{amount} gebucht in {first} bis {last}',
  'figure.growth': '{percent}: {first} bis {last} gegenüber {before} bis {beforeLast}',
  'figure.references_one': '{count} Kunde mit einer Referenz {window}',
  'figure.references_other': '{count} Kunden mit einer Referenz {window}',
  'figure.surveys_one': '{score} aus {count} Umfrage {window}',
  'figure.surveys_other': '{score} im Durchschnitt aus {count} Umfragen {window}',
  'figure.fromRecord': '{what}, aus Ihren Aufzeichnungen',
  'figure.typedOver': 'Hier eingegeben und gezählt. Ihre Aufzeichnungen: {what}',
  'figure.evidence': 'Nachweis: {parts}',
  'figure.owner': 'verantwortlich {owner}',
  'figure.due': 'fällig am {day}',
  'status.met': 'Erfüllt',
  'status.partial': 'Teilweise erfüllt',
  'status.unmet': 'Nicht erfüllt',
  'status.unanswered': 'Nicht beantwortet',
  'state.met': 'erfüllt',
  'state.partial': 'teilweise erfüllt',
  'state.unmet': 'nicht erfüllt',
  'state.unanswered': 'nicht beantwortet',
  'state.absent': 'nicht gefordert',
  'feed.title': 'Kompetenzkatalog: Regeländerungen',
  'feed.subtitle':
    'Beispielhafte Änderungen an den Kompetenzregeln dieses Katalogs und angekündigte Änderungen, die neuesten zuerst.',
  'feed.entry': '{competency}: Regelversion {version}',
  'feed.entry.first': '{competency}: erstmals veröffentlichte Regeln (Version {version})',
  'feed.entry.announced': '{competency}: Regelversion {version} angekündigt, gültig ab {date}',
  'feed.mark': '(Illustrativ: ein Beispieleintrag, keine vom Programm veröffentlichte Änderung.)',
  'portfolioPage.description':
    'Prüfen Sie über alle Kompetenzen hinweg, welche Beispiel-Partnerstufe dieser Website sich aus Ihren Kompetenzstufen ergibt und mit wie wenigen weiteren Stufen Sie die nächste erreichen.',
  'portfolioPage.lead':
    'Kreuzen Sie die Kompetenzen an, die Sie besitzen oder anstreben, geben Sie Ihre Werte ein und sehen Sie, welche Beispiel-Partnerstufe dieser Website sich aus Ihren Stufen ergibt und was für die nächste noch fehlt.',
  'portfolioPage.noscript.heading': 'Ohne JavaScript',
  'portfolioPage.noscript':
    'Die Gesamtauswertung des Portfolios läuft in Ihrem Browser und benötigt JavaScript. Stattdessen hat jede Kompetenzseite eine druckbare Checkliste ihrer Anforderungen: Füllen Sie die Checklisten der Kompetenzen aus, die Sie besitzen, und vergleichen Sie deren Anzahl dann mit den Beispiel-Partnerstufen unten.',
  'portfolioPage.checklist': 'Checkliste {competency}',
  'portfolioPage.how.heading': 'So funktioniert die Gesamtauswertung',
  'portfolioPage.how':
    'Jede Kompetenz wird für Ihr Geschäftsmodell und Ihre Region bewertet, genau wie auf ihrer eigenen Seite: Die Antworten, die Sie hier geben, sind die Antworten, die ihre Seite zeigt, und umgekehrt. Auf dieser Website zählt eine Kompetenz, sobald jede Anforderung einer Stufe erfüllt ist.',
  'portfolioPage.tiers.caption': 'Was jede Beispiel-Partnerstufe verlangt',
  'portfolioPage.tiers.tier': 'Partnerstufe',
  'portfolioPage.tiers.needed': 'Erforderliche Kompetenzen',
  'portfolioPage.designationApart':
    'Die Programmübersicht sagt nicht, wie sie für die Partnerstufen zählt; daher zeigt die Gesamtauswertung sie getrennt davon.',
  'changes.title': 'Was sich an den Regeln geändert hat',
  'changes.description':
    'Jede Änderung an den Beispielregeln dieses Katalogs für Kompetenzen, die neueste zuerst, mit der Version, die sie eingeführt hat, und einem Link zur Kompetenz.',
  'changes.feedTitle': 'Änderungen an Kompetenzregeln',
  'changes.lead':
    'Auf dieser Website tragen die Regeln jeder Kompetenz eine Version. Ändert sich eine Anforderung, steigt die Version und die Änderung wird hier aufgeführt, die neueste zuerst; für ein späteres Datum angekündigte Änderungen stehen ganz oben. Verfolgen Sie die Änderungen in einem Feedreader über den {feed}.',
  'changes.lead.feed': 'Atom-Feed',
  'changes.announced': 'Angekündigt',
  'changes.announced.lead':
    'Regeln, die zu einem späteren Datum gelten. Bis dahin wird die Kompetenz nach ihren aktuellen Regeln bewertet, und ihre Seite zeigt Ihr Ergebnis nach beiden.',
  'competency.title': '{competency}',
  'competency.glance': 'Auf einen Blick',
  'competency.rules': 'Regeln',
  'competency.requirements': 'Anforderungen',
  'competency.requirements.lead':
    'Wählen Sie einmal Ihr Geschäftsmodell und Ihre Region: Jede Anforderung zeigt dann, was jede Stufe verlangt, Ihren eigenen Wert und dessen Status. Die Antworten bleiben in diesem Browser.',
  'competency.explorer': 'Was sich bei anderer Auswahl ändert',
  'competency.explorer.lead':
    'Wählen Sie ein Geschäftsmodell, eine Region und eine Stufe, um genau zu sehen, was die Beispielregeln dieses Katalogs verlangen und was sich im anderen Geschäftsmodell oder auf der anderen Stufe ändern würde.',
  'competency.matrix.lead':
    'Jede Tabelle zeigt, was eine Stufe verlangt, nebeneinander für jedes Geschäftsmodell.',
  'competency.matrix.carries':
    'In den Beispielregeln dieser Website verlangt eine höhere Stufe auch alles, was die Stufe darunter verlangt; Zellen mit „Übernommen von“ wiederholen eine Anforderung der niedrigeren Stufe.',
  'competency.regions': 'Wo sie angeboten wird',
  'untranslated.page': 'Diese Seite ist noch nicht übersetzt und wird deshalb auf Englisch angezeigt.',
  'untranslated.parts': 'Teile dieser Seite sind noch nicht übersetzt und werden auf Englisch angezeigt.',
  'plan.column.competency': 'Kompetenz',
  'plan.column.level': 'Stufe',
  'plan.column.businessModel': 'Geschäftsmodell',
  'plan.column.region': 'Region',
  'plan.column.rulesVersion': 'Regelversion',
  'plan.column.rules': 'Regeln',
  'plan.column.exportDate': 'Exportdatum',
  'plan.column.requirement': 'Anforderung',
  'plan.column.status': 'Status',
  'plan.column.figure': 'Ihr Wert',
  'plan.column.enteredBy': 'Eingetragen von',
  'plan.column.threshold': 'Schwellenwert',
  'plan.column.unit': 'Einheit',
  'plan.column.gap': 'Differenz',
  'plan.column.missing': 'Was noch fehlt',
  'plan.column.evidence': 'Nachweis',
  'plan.column.help': 'Hilfe',
  'plan.column.owner': 'Verantwortlich',
  'plan.column.dueDate': 'Fälligkeitsdatum',
  'plan.column.evidenceStatus': 'Stand des Nachweises',
  'plan.column.illustrative': 'Illustrativ',
  'plan.evidence.todo': 'offen',
  'plan.evidence.doing': 'in Arbeit',
  'plan.evidence.ready': 'bereit',
  'overview.designation.or': ' oder ',
  'overview.findOutMore':
    'Für die Kompetenzen, die für Sie verfügbar sind, verweist die Programmübersicht auf eine einzige Stelle: Melden Sie sich bei PartnerNet, dem Partnerportal, an und öffnen Sie dort auf der Seite „Programs“ die Liste der Kompetenzen.',
  'overview.tiers':
    'Laut Programmübersicht werden Partner mit erhöhtem Status in mehreren Kompetenzen die Möglichkeit haben, in den Partnerstufen des Programms aufzusteigen und weitere Vorteile zu erhalten. Die Programmübersicht nennt weder Partnerstufen noch Regeln dafür.',
  'overview.businessModels':
    'Laut Programmübersicht kann in den Akkreditierungsanforderungen einer Kompetenz auch auf das jeweilige Geschäftsmodell Bezug genommen werden; die Anforderungen können sich daher je nach Geschäftsmodell unterscheiden.',
  'overview.regions':
    'Laut Programmübersicht kann die Verfügbarkeit jeder Kompetenz je nach Region variieren; sie nennt jedoch keine Regionen.',
  'overview.levels':
    'Die Programmübersicht beschreibt zwei Kompetenzstufen: Principal und Expert. Services Expert, die Übergangsauszeichnung des Programms, zeichnet Services auf Expert-Niveau aus; diese Website zeigt sie nur mit der Stufe Expert.',
  'overview.designation':
    'Die Programmübersicht verbindet sie mit der Stufe Expert im Geschäftsmodell {model}, deren Anforderungen an {waives} ihre Inhaber nicht erfüllen; sie sagt jedoch nicht, dass die Auszeichnung diese Stufe ersetzt. Es handelt sich um eine Übergangsauszeichnung, die {until} gilt.',
  'faq.title': 'Häufige Fragen von Partnern',
  'faq.description':
    'Was die Programmübersicht über die Beantragung einer Kompetenz, die Prüfung von Nachweisen, die Verlängerung, Personalwechsel, mehrere Regionen, die Zukunft von Services Expert und Ansprechpartner sagt – und was nicht.',
  'faq.lead':
    'Was nach dem Lesen der Regeln zu tun ist, und was über jeden Schritt bekannt ist und was nicht.',
  'faq.toc': 'Fragen',
  'faq.howToApply.question': 'Wie beantrage ich eine Kompetenz?',
  'faq.howToApply.answer':
    'Die Programmübersicht beschreibt nicht, wie man eine Kompetenz beantragt. {findOutMore}',
  'faq.howToApply.onThisSite':
    'Auf dieser Website zeigt jede Kompetenzseite Beispielanforderungen für Ihr Geschäftsmodell, und ihre Selbsteinschätzung listet auf, was daran gemessen noch fehlen würde und welcher Nachweis jeweils infrage käme.',
  'faq.whereToApply.question': 'Wo finde ich die Anforderungen des Programms selbst?',
  'faq.whereToApply.answer':
    'Die Programmübersicht, der dieser Katalog folgt, nennt keine Zahlen; die hier gezeigten Werte sind daher Beispiele. {findOutMore}',
  'faq.validation.question': 'Wer prüft meine Nachweise, und wie lange dauert das?',
  'faq.validation.answer':
    'Die Programmübersicht sagt nicht, wer Nachweise prüft oder wie; sie beschreibt die Stufe Expert als validierte Fachkompetenz in einem Lösungsbereich. Auf dieser Website nennt jede Anforderung ein Beispiel für einen Nachweis, der sie belegen könnte, etwa Prüfungszertifikate, Referenzkontakte oder Umfrageergebnisse.',
  'faq.validation.time':
    'Eine Bearbeitungsdauer nennt die Programmübersicht nicht. Als Beispiel, wie eine solche Regel lauten könnte: {example}.',
  'faq.validation.example': 'eine Entscheidung innerhalb von 30 Tagen nach Eingang des vollständigen Antrags',
  'faq.renewal.question': 'Wie lange gilt eine Kompetenz, und wie wird sie verlängert?',
  'faq.renewal.answer':
    'Das sagt die Programmübersicht nicht. Ein Beispiel, wie eine solche Regel lauten könnte: {example}.',
  'faq.renewal.example':
    'gültig für 12 Monate, verlängert, indem die dann aktuellen Anforderungen erneut erfüllt werden',
  'faq.staff.question': 'Was passiert, wenn eine zertifizierte Person das Unternehmen verlässt?',
  'faq.staff.answer':
    'In den Beispielregeln dieser Website zählen Prüfungsanforderungen die Personen, die eine Prüfung bestanden haben; ein Weggang kann daher dazu führen, dass eine Stufe nicht mehr erreicht wird. Eine Übergangsfrist erwähnt die Programmübersicht nicht; ein Beispiel: {example}. Aktualisieren Sie Ihre Selbsteinschätzung, um die Lücke zu sehen.',
  'faq.staff.example': '90 Tage, um eine Ersatzperson zu zertifizieren, bevor die Stufe überprüft wird',
  'faq.regions.question': 'Wir sind in mehreren Regionen tätig. Was gilt für uns?',
  'faq.regions.answer':
    'Laut Programmübersicht kann die Verfügbarkeit jeder Kompetenz je nach Region variieren. Welche Kompetenz auf dieser Website wo angeboten wird, ist ein Beispiel. {findOutMore}',
  'faq.regions.several':
    'Wie ein Partner behandelt wird, der in mehreren Regionen tätig ist, sagt die Programmübersicht nicht. Eine mögliche Regel, als Beispiel: {example}.',
  'faq.regions.example': 'jede Region wird anhand ihrer eigenen Werte bewertet',
  'faq.servicesExpert.question': 'Was wird aus Services Expert, wenn das Influencer Partner Program startet?',
  'faq.servicesExpert.answer':
    'Services Expert ist eine Übergangsauszeichnung für Master-Specialist-Partner, die Services auf Expert-Niveau erbringen, die Umsatzanforderungen der Stufe Expert im Geschäftsmodell Integrate aber nicht erreichen. Die Auszeichnung bleibt bestehen, bis das Influencer Partner Program startet; was an ihre Stelle tritt und wie Inhaber wechseln, sagt die Programmübersicht nicht.',
  'faq.distributors.question': 'Wir sind Distributor. Welches Programm gilt für uns?',
  'faq.distributors.answer':
    'Ein eigenes Distributor Partner Program wurde angekündigt. Das Programm plant, es zu starten, sobald der Übergang seiner Channel-Partner abgeschlossen ist, und sagt Distributoren genügend Zeit zu, die Details zu prüfen und ihren eigenen Wechsel zu planen. Weitere Einzelheiten sollen laut Programmübersicht folgen.',
  'faq.howScored.question': 'Wie bewertet die Selbsteinschätzung meine Werte?',
  'faq.contacts.question': 'An wen wende ich mich?',
  'faq.contacts.answer':
    'Die Programmübersicht nennt keine Ansprechpartner. {findOutMore} Dieser Katalog erläutert das Framework, ist aber nicht der Kanal des Programms selbst: Er kann weder einen Wert noch einen Antrag bestätigen.',
  'home.description':
    'Was die Kompetenzen des Partner Program sind, ihre Stufen Principal und Expert und die zwei Geschäftsmodelle, mit Beispielanforderungen und Beispiel-Partnerstufen.',
  'home.heading': 'Partnerkompetenzen, klar erklärt',
  'home.lead':
    'Ein Leitfaden zu den Kompetenzen des Partner Program: was jede Kompetenz auszeichnet und, anhand von Beispielwerten, was ihre Stufen in Ihrem Geschäftsmodell und in Ihrer Region von Ihnen verlangen könnten.',
  'home.browseAll_one': 'Alle {count} Kompetenzen und Auszeichnungen durchsehen',
  'home.browseAll_other': 'Alle {count} Kompetenzen und Auszeichnungen durchsehen',
  'home.what': 'Was eine Kompetenz ist',
  'home.what.recognises':
    'Eine Kompetenz zeichnet einen Partner aus, der Fachkompetenz in einem bestimmten Lösungs- oder Leistungsbereich nachweist. Das Framework ist aus dem früheren Specialization-Modell hervorgegangen und baut auf dem auf, was Partner dort investiert haben.',
  'home.what.shows':
    'Mit einer Kompetenz kann ein Partner seinen Kunden zeigen, dass er die Einblicke, die Erfahrung und das Fachwissen hat, um ihre jeweiligen geschäftlichen Probleme anzugehen.',
  'home.why': 'Warum es sich lohnt',
  'home.why.benefits':
    'Das Programm knüpft seine finanziellen Vorteile und weitere Prämien an Kompetenzen und vergibt sie nach erreichten Akkreditierungen, Leistung sowie erfüllten Anforderungen an Kundenreferenzen und Kundenzufriedenheit.',
  'home.levels': 'Zwei Stufen',
  'home.models': 'Zwei Geschäftsmodelle',
  'home.models.lead':
    '{overview} Auf dieser Website sind die Beispielanforderungen jeder Kompetenz je Geschäftsmodell festgelegt.',
  'home.tiers': 'Der Weg zu höheren Partnerstufen',
  'home.tiers.lead':
    '{overview} Die folgenden Partnerstufen und ihre Voraussetzungen sind Beispiele dieser Website.',
  'home.tiers.more': 'Mehr zu Stufen, Partnerstufen und zum Programm',
  'home.start': 'Prüfen Sie, wo Sie stehen',
  'home.start.lead':
    'Wählen Sie im Katalog eine Kompetenz, um die Beispielanforderungen dieser Website für Ihr Geschäftsmodell und Ihre Region zu sehen, und vergleichen Sie sie dann mit Ihren eigenen Schulungsnachweisen, Umsätzen und Referenzen.',
  'home.start.link': 'Zum Kompetenzkatalog',
  'program.title': 'So funktioniert das Programm',
  'program.description':
    'Die Kompetenzstufen und Geschäftsmodelle des Partner Program, Beispiel-Partnerstufen, die Übergangsauszeichnung Services Expert, das angekündigte Distributor Partner Program und die Regionen dieser Website.',
  'program.lead':
    'Diese Seite erklärt die Teile des Partner Program rund um seine Kompetenzen: die Stufen, die Geschäftsmodelle, die Partnerstufen (mit Beispielnamen und -regeln) und was noch kommt.',
  'program.toc': 'Auf dieser Seite',
  'program.levels': 'Stufen',
  'program.levels.asks': 'Im Allgemeinen verlangt sie:',
  'program.asks.principal.training': 'die Basisschulung für den Bereich',
  'program.asks.principal.exams': 'die erforderlichen Prüfungen',
  'program.asks.principal.revenue': 'ein festgelegtes Umsatzziel',
  'program.asks.principal.references': 'Kundenreferenzen',
  'program.asks.expert.proficiency': 'validierte Fachkompetenz in dem Bereich',
  'program.asks.expert.targets': 'höhere Umsatz- und Wachstumsziele',
  'program.asks.expert.references': 'Kundenreferenzen',
  'program.asks.expert.satisfaction': 'Kundenzufriedenheit',
  'program.models': 'Geschäftsmodelle',
  'program.models.lead':
    '{overview} Auf dieser Website verlangen die Beispielregeln von jedem Geschäftsmodell anderes und bieten manche Kompetenzen nur in einem Geschäftsmodell an.',
  'program.tiers': 'Partnerstufen',
  'program.tiers.lead':
    '{overview} Die folgenden Partnerstufen, ihre Voraussetzungen und ihre Vorteile sind Beispiele dieser Website.',
  'program.tiers.caption': 'Beispiel-Partnerstufen und die Kompetenzen, die jede verlangt',
  'program.tiers.tier': 'Partner\u00adstufe',
  'program.tiers.needs': 'Benötigt',
  'program.tiers.benefits': 'Vorteile',
  'program.servicesExpert': 'Services Expert',
  'program.servicesExpert.heading': 'Services Expert: eine Übergangsauszeichnung',
  'program.servicesExpert.none': 'Das Programm hat derzeit keine Übergangsauszeichnung.',
  'program.distributors': 'Distributoren',
  'program.distributors.heading': 'Das Distributor Partner Program',
  'program.distributors.lead':
    'Ein eigenes Programm für Distributoren wurde angekündigt; weitere Einzelheiten sollen laut Programmübersicht in den folgenden Monaten folgen. Das Programm plant, es zu starten, sobald der Übergang seiner Channel-Partner abgeschlossen ist, um eine berechenbarere und stabilere Zusammenarbeit zu bieten. Distributoren wird genügend Zeit zugesagt, die Details zu prüfen und ihren eigenen Übergang zu planen.',
  'program.scoring': 'Wie die Selbsteinschätzung bewertet',
  'program.nextSteps': 'Nächste Schritte',
  'program.nextSteps.lead':
    '{overview} Was über Beantragung, Prüfung von Nachweisen und Verlängerung bekannt ist und was nicht, steht unter „{faq}“; was auf dieser Website belegt und was ein Beispiel ist, erklärt die Seite „{sources}“.',
  'program.nextSteps.faq': 'Häufige Fragen von Partnern',
  'program.nextSteps.sources': 'Woher die Zahlen stammen',
  'program.regions': 'Regionen',
  'program.regions.lead_one':
    '{overview} Diese Website fasst die Märkte des Programms in {count} eigene Region zusammen, und jede Kompetenzseite zeigt, wo die Beispielregeln dieses Katalogs sie anbieten.',
  'program.regions.lead_other':
    '{overview} Diese Website fasst die Märkte des Programms in {count} eigene Regionen zusammen, und jede Kompetenzseite zeigt, wo die Beispielregeln dieses Katalogs sie anbieten.',
  'sources.title': 'Woher die Zahlen stammen',
  'sources.description':
    'Welche Fakten im Kompetenzkatalog aus der Kompetenzübersicht des Programms stammen, welche Werte Beispiele sind und wie sich die Beispiele durch die tatsächlichen Zahlen des Programms ersetzen lassen.',
  'sources.lead':
    'Dieser Katalog erläutert das Framework anhand der öffentlichen Kompetenzübersicht des Programms, die keine Zahlen nennt, und füllt die Lücken mit Beispielen, die jeweils mit einem Sternchen gekennzeichnet sind. {overview}',
  'sources.sourced': 'Was aus der Programmübersicht stammt',
  'sources.sourced.competencies':
    'Kompetenzen würdigen Fachkompetenz in einem Lösungs- oder Leistungsbereich, sind aus dem Specialization-Modell hervorgegangen, und finanzielle Vorteile und Prämien sind an sie geknüpft.',
  'sources.sourced.levels':
    'Die zwei Stufen, Principal und Expert, und in allgemeinen Worten, was jede verlangt.',
  'sources.sourced.models':
    'Die zwei Geschäftsmodelle, Integrate und Resell, was jedes in der Regel tut, und dass in den Akkreditierungsanforderungen einer Kompetenz auf sie Bezug genommen werden kann.',
  'sources.sourced.areas':
    'Die zwölf Bereiche, mit Services Expert als Übergangsauszeichnung bis zum Start des Influencer Partner Program.',
  'sources.sourced.regionsTiers':
    'Dass die Verfügbarkeit jeder Kompetenz je nach Region variieren kann und dass Partner mit erhöhtem Status in mehreren Kompetenzen die Möglichkeit haben werden, in den Partnerstufen des Programms aufzusteigen.',
  'sources.sourced.distributors':
    'Dass ein Distributor Partner Program angekündigt ist und dass Partner mehr über die für sie verfügbaren Kompetenzen aus der Kompetenzliste auf der Seite „Programs“ in PartnerNet erfahren.',
  'sources.sourced.notNamed':
    'Die Programmübersicht nennt weder Regionen noch Partnerstufen. Die vier Regionen sind eine eigene Einteilung dieser Website und als solche benannt; die Namen der Partnerstufen, was jede verlangt und was sie bietet, sind Beispiele und gekennzeichnet.',
  'sources.illustrated': 'Was ein Beispiel ist',
  'sources.illustrated.lead':
    'Alles andere: jeder Schwellenwert (Kurse, Prüfungen, Umsatz, Wachstum, Referenzen, Zufriedenheit), jede Nachweisregel und ihre Hinweise, welche Kompetenz in welcher Region und in welchem Geschäftsmodell angeboten wird, Namen, Voraussetzungen und Vorteile der Partnerstufen, Regelversionen und Datumsangaben, die gesamte Änderungshistorie sowie alle daraus berechneten Anzahlen. Die Seiten kennzeichnen jeden dieser Werte mit einem Sternchen, und Screenreader lesen danach „{markName}“ vor. Die CSV-Datei des Maßnahmenplans nennt in ihrer letzten Spalte, „{column}“, die Spalten, die Beispiele enthalten.',
  'sources.replace': 'Die Beispiele durch echte Werte ersetzen',
  'sources.replace.lead': 'Für die Betreiber dieser Website, sobald die Zahlen des Programms vorliegen:',
  'sources.replace.edit':
    'Bearbeiten Sie die Datei der Kompetenz in {competencies} (oder ihrer Partnerstufe in {tiers}), direkt oder im Browser-Editor unter {admin}.',
  'sources.replace.write':
    'Tragen Sie den echten Wert ein und setzen Sie das zugehörige Feld {provenance} auf {source}: {threshold} oder {evidence} bei einer Anforderung, {regions}, {businessModels} oder {version} bei der Kompetenz, {title}, {needs} oder {benefits} bei einer Partnerstufe oder {provenance} bei einem Eintrag der Änderungshistorie.',
  'sources.replace.policy':
    'Veröffentlicht das Programm inzwischen Zahlen einer Art, entfernen Sie diese Art aus {policy} in {file}; bis dahin lehnt die Prüfung {source} dafür ab.',
  'sources.replace.version':
    'Erhöhen Sie die Regelversion mit einem Eintrag in der Änderungshistorie und führen Sie dann {check} und {lock} aus. Die Prüfung nennt Datei, Zeile und Feld jedes Werts ohne Herkunftsangabe.',
  'sources.replace.then':
    'Die Kennzeichnung verschwindet dann bei diesem Wert auf jeder Seite, in der Selbsteinschätzung und in den Exporten. Siehe auch „{faq}“.',
  'sources.replace.faq': 'Häufige Fragen von Partnern',
  'search.title': 'Suche',
  'search.description':
    'Im Kompetenzkatalog suchen: Kompetenzen, Anforderungen, Stufen, Geschäftsmodelle und Programmbegriffe.',
  'search.form.label': 'Katalog',
  'search.results.none':
    'Keine Ergebnisse für „{query}“. Versuchen Sie ein anderes Wort oder sehen Sie sich den Katalog an.',
  'search.results_one': '{count} Ergebnis für „{query}“.',
  'search.results_other': '{count} Ergebnisse für „{query}“.',
  'search.failed':
    'Die Suche konnte nicht geladen werden. Laden Sie die Seite neu, um es erneut zu versuchen.',
  'search.noscript':
    'Die Suche läuft in Ihrem Browser und benötigt JavaScript. Ohne JavaScript können Sie {competencies}, {compare} oder {program}.',
  'search.noscript.competencies': 'alle Kompetenzen durchsehen',
  'search.noscript.compare': 'sie nebeneinander vergleichen',
  'search.noscript.program': 'nachlesen, wie das Programm funktioniert',
  'search.box.label': 'Website',
  'search.field.label': 'Katalog durchsuchen',
  'search.field.placeholder': 'Kompetenzen suchen',
  'search.submit': 'Suchen',
  'notFound.title': 'Seite nicht gefunden',
  'notFound.description': 'Die angeforderte Seite gibt es im Kompetenzkatalog nicht.',
  'notFound.lead':
    'Unter dieser Adresse gibt es keine Seite. Sie wurde möglicherweise verschoben, oder der Link enthält einen Tippfehler.',
  'notFound.browse': 'Alle Kompetenzen durchsehen',
  'notFound.program': 'So funktioniert das Programm',
  'notFound.home': 'Zur Übersicht',
  'kind.status.title': 'Programmstatus',
  'kind.training.title': 'Schulung',
  'kind.exam.title': 'Prüfung',
  'kind.revenue.title': 'Umsatz',
  'kind.growth.title': 'Wachstum',
  'kind.references.title': 'Referenzen',
  'kind.satisfaction.title': 'Zufriedenheit',
  'kind.status.noun': 'Programmstatus',
  'kind.training.noun': 'Schulung',
  'kind.exam.noun': 'Prüfung',
  'kind.revenue.noun': 'Umsatz',
  'kind.growth.noun': 'Wachstum',
  'kind.references.noun': 'Referenzen',
  'kind.satisfaction.noun': 'Zufriedenheit',
  'kind.done': 'abgeschlossen',
  'kind.notDone': 'nicht abgeschlossen',
  'kind.held': 'vorhanden',
  'kind.notHeld': 'nicht vorhanden',
  'kind.change': '{after} statt {before}',
  'kind.period_one': 'im letzten Monat',
  'kind.period_other': 'in den letzten {count} Monaten',
  'kind.status.threshold': 'Status {status} besitzen',
  'kind.status.expected': 'ja oder nein (true oder false): ob Ihr Unternehmen den Status {status} besitzt',
  'kind.training.threshold': '{courses} abschließen',
  'kind.training.expected': 'ja oder nein (true oder false): ob die Schulung abgeschlossen ist',
  'kind.training.also': 'zusätzlich {courses}',
  'kind.training.noLonger': 'nicht mehr {courses}',
  'kind.exam.unit': 'Personen',
  'kind.exam.threshold_one': '{count} Person besteht {exam}',
  'kind.exam.threshold_other': '{count} Personen bestehen {exam}',
  'kind.exam.expected': 'eine ganze Zahl von Personen, die bestanden haben, z. B. 2',
  'kind.exam.answer_one': '{count} Person hat bestanden',
  'kind.exam.answer_other': '{count} Personen haben bestanden',
  'kind.exam.gap_one': '{count} weitere Person muss {exam} bestehen',
  'kind.exam.gap_other': '{count} weitere Personen müssen {exam} bestehen',
  'kind.exam.change_one': '{count} Person statt {before} muss {exam} bestehen',
  'kind.exam.change_other': '{count} Personen statt {before} müssen {exam} bestehen',
  'kind.revenue.threshold': '{amount} {period}',
  'kind.revenue.expected': 'ein Betrag in {currency} von 0 oder mehr, z. B. 150000',
  'kind.revenue.gap': '{amount} mehr Umsatz {period}',
  'kind.revenue.change': '{amount} statt {before} {period}',
  'kind.growth.threshold': '{percent} Wachstum {period}',
  'kind.growth.expected':
    'ein Prozentsatz von 0 oder mehr, z. B. 12,5 (0 eingeben, wenn der Umsatz nicht gewachsen ist)',
  'kind.growth.gap_one': '{count} Prozentpunkt mehr Wachstum',
  'kind.growth.gap_other': '{count} Prozentpunkte mehr Wachstum',
  'kind.growth.change': '{percent} statt {before} Wachstum {period}',
  'kind.references.unit': 'Referenzen',
  'kind.references.count_one': '{count} Kundenreferenz',
  'kind.references.count_other': '{count} Kundenreferenzen',
  'kind.references.expected': 'eine ganze Zahl von Kundenreferenzen, z. B. 3',
  'kind.references.gap_one': '{count} weitere Kundenreferenz',
  'kind.references.gap_other': '{count} weitere Kundenreferenzen',
  'kind.references.change_one': '{count} Kundenreferenz statt {before}',
  'kind.references.change_other': '{count} Kundenreferenzen statt {before}',
  'kind.satisfaction.unit': 'Punktwert, Skala {scale}',
  'kind.satisfaction.scale': '{min}–{max}',
  'kind.satisfaction.scaleNegative': '{min} bis {max}',
  'kind.satisfaction.threshold': '{threshold} oder mehr auf einer Skala von {scale} ({name})',
  'kind.satisfaction.expected': 'ein Punktwert von {min} bis {max}',
  'kind.satisfaction.answer': '{value} auf der Skala von {scale}',
  'kind.satisfaction.gap_one': '{count} Punkt mehr Kundenzufriedenheit',
  'kind.satisfaction.gap_other': '{count} Punkte mehr Kundenzufriedenheit',
  'kind.satisfaction.survey': 'gemessen mit {after} statt mit {before}',
  'kind.satisfaction.change': '{threshold} oder mehr statt {before} ({name})',
  'counting.training.everyCourse': 'Eine Person schließt alle genannten Kurse ab',
  'counting.training.valid_one': 'Ein abgeschlossener Kurs zählt {count} Monat ab dem Tag des Abschlusses',
  'counting.training.valid_other': 'Ein abgeschlossener Kurs zählt {count} Monate ab dem Tag des Abschlusses',
  'counting.exam.valid_one':
    'Eine bestandene Prüfung zählt {count} Monat ab dem Tag, an dem sie bestanden wurde',
  'counting.exam.valid_other':
    'Eine bestandene Prüfung zählt {count} Monate ab dem Tag, an dem sie bestanden wurde',
  'counting.exam.once': 'Jede Person zählt einmal',
  'counting.exam.eachPass': 'Jede Person zählt einmal für jede bestandene Prüfung',
  'counting.exam.perPerson_one': 'Eine Person zählt für höchstens {count} Kompetenz',
  'counting.exam.perPerson_other': 'Eine Person zählt für höchstens {count} Kompetenzen',
  'counting.references.within_one': 'Es zählen Referenzen aus dem letzten Monat',
  'counting.references.within_other': 'Es zählen Referenzen aus den letzten {count} Monaten',
  'counting.satisfaction.within_one': 'Der Durchschnitt umfasst die Umfragen des letzten Monats',
  'counting.satisfaction.within_other': 'Der Durchschnitt umfasst die Umfragen der letzten {count} Monate',
  'counting.revenue.quarters_one': 'Der Umsatz wird über das letzte volle Quartal gezählt',
  'counting.revenue.quarters_other': 'Der Umsatz wird über die letzten {count} vollen Quartale gezählt',
  'counting.growth.quarters_one': 'Das Wachstum vergleicht das letzte volle Quartal mit dem Quartal davor',
  'counting.growth.quarters_other':
    'Das Wachstum vergleicht die letzten {count} vollen Quartale mit den {count} davor',
  'verdict.achieved': 'Erreichte Stufe',
  'verdict.none': 'Keine',
  'verdict.next': 'Für {level}: {gaps}.',
  'verdict.partial': 'teilweise erfüllt ({percent})',
  'verdict.unanswered': 'noch nicht beantwortet',
  'verdict.gap.unanswered': 'Noch nicht beantwortet; erforderlich: {threshold}',
  'verdict.withheld.met': 'Erfüllt, laut Bewertung des Absenders',
  'verdict.withheld.unmet': 'Nicht erfüllt, laut Bewertung des Absenders',
  'verdict.withheld.answer': 'vom Absender weggelassen',
  'verdict.withheld.gap':
    'Laut Bewertung des Absenders nicht erfüllt, sein Wert ist weggelassen; erforderlich: {threshold}',
  'verdict.rule': '{label} auf Stufe {level} für {model}',
  'verdict.rule.carried': '{label} auf Stufe {level} für {model} (übernommen von Stufe {from})',
  'verdict.reason':
    '{rule}. Erforderlich: {threshold}. Antwort: {answer}. Bewertung: {verdict}. Quelle: {file}.',
  'verdict.noLevel': 'Noch keine Stufe',
  'readiness.progress': '{met} von {total} erfüllt, zu {percent} bereit',
  'readiness.summary': '{title}: {progress}',
  'readiness.counts': 'zählt {share}',
  'readiness.countsTimes': 'zählt {share}, {times}-mal',
  'readiness.term': '{label}: {reached}, {counts}',
  'readiness.sum.none': 'Keine Anforderungen zu erfüllen: zu {percent} bereit.',
  'readiness.sum.exact': '({terms}) ÷ {weights} = {average}: zu {percent} bereit.',
  'readiness.sum.rounded': '({terms}) ÷ {weights} = {average}, abgerundet: zu {percent} bereit.',
  'readiness.rule.achieved':
    'Eine Stufe ist erst erreicht, wenn jede ihrer Anforderungen erfüllt ist. Die Zahlen daneben zeigen, wie weit Sie sind, und ändern daran nichts.',
  'readiness.rule.met': '„4 von 6 erfüllt“ zählt die erfüllten Anforderungen der Stufe.',
  'readiness.rule.ready':
    '„Zu % bereit“ ist der Durchschnitt dessen, was jede Anforderung zählt: 100 %, wenn sie erfüllt ist; bei einem teilweise erfüllten Wert der erreichte Anteil ihres Schwellenwerts in ganzen Prozent, abgerundet (ein Wert auf einer Skala zählt ab dem unteren Ende der Skala, 7 bei einem Schwellenwert von 8 auf einer Skala von 0–10 zählt also 87 %); 0 %, wenn sie nicht erfüllt oder nicht beantwortet ist. Eine gewichtete Anforderung zählt entsprechend oft.',
  'readiness.rule.example':
    'Der Durchschnitt wird auf ganze Prozent abgerundet, sodass eine Stufe nur dann „zu 100 % bereit“ zeigt, wenn jede Anforderung erfüllt ist. Ein Beispiel: vier Anforderungen erfüllt, ein Umsatz von 154.000 bei einem Schwellenwert von 200.000 und eine nicht beantwortet: (100 + 100 + 100 + 100 + 77 + 0) ÷ 6 = 79,5, angezeigt als „zu 79 % bereit“.',
  'designation.met': 'Alle Anforderungen erfüllt',
  'designation.missing': 'Noch nicht alle Anforderungen erfüllt',
  'designation.notApplicable': 'Gilt hier nicht',
  'designation.notInterim': '{title} ist keine Übergangsauszeichnung.',
  'designation.allMet': 'Alle Anforderungen von {title} sind erfüllt.',
  'designation.notAllMet': 'Noch nicht alle Anforderungen von {title} sind erfüllt: {progress}.',
  'designation.rule':
    'Die Selbsteinschätzung prüft {title} an den eigenen Anforderungen auf dem Geschäftsmodell {model}, jede einmal mit ihrem eigenen Schwellenwert.',
  'designation.rule.waives':
    'Die Selbsteinschätzung prüft {title} an den eigenen Anforderungen auf dem Geschäftsmodell {model}, jede einmal mit ihrem eigenen Schwellenwert; einen Wert für {waived} fragt sie nicht ab.',
  'designation.waived.or': ' oder ',
  'reason.notOfferedIn': 'Nicht angeboten in {regions}',
  'reason.retired': 'Eingestellt, wird nicht mehr vergeben',
  'reason.model': 'Nicht angeboten für {model}',
  'reason.level': 'Keine Stufe {level}',
  'reason.levelOnModel': 'Keine Stufe {level} für {model}',
  'reason.notSolutionArea': 'Keine Kompetenz eines Lösungsbereichs',
  'reason.designationModel': 'Gilt nur für {model}',
  'reason.sentence.retired': '{title} ist eingestellt und wird nicht mehr vergeben.',
  'reason.sentence.model': '{title} wird auf dem Geschäftsmodell {model} nicht angeboten.',
  'reason.sentence.modelElsewhere':
    '{title} wird auf dem Geschäftsmodell {model} nicht angeboten, sondern auf {offered}.',
  'reason.sentence.level': '{title} hat keine Stufe {level}.',
  'reason.sentence.levelOnModel': '{title} hat auf dem Geschäftsmodell {model} keine Stufe {level}.',
  'reason.sentence.region': '{title} wird in {region} nicht angeboten, sondern in {offered}.',
  'reason.sentence.notSolutionArea': '{title} ist keine Kompetenz eines Lösungsbereichs.',
  'reason.sentence.designationModel':
    '{title} gilt für das Geschäftsmodell {designationModel}; diese Einschätzung ist für {model}.',
  'reason.picker': ' ({notOffered})',
  'reason.picker.notOffered': 'nicht angeboten',
  'badge.interim': 'Übergangsauszeichnung',
  'badge.retired': 'Eingestellt',
  'plan.unit.yesNo': '1 = {yes}, 0 = {no}',
  'plan.rulesVersion': '{version} (gültig ab {date})',
  'plan.rules.current': 'aktuell',
  'plan.rules.announced': 'angekündigt',
  'pack.exportXlsx': 'Nachweispaket (XLSX)',
  'pack.exportJson': 'Nachweispaket (JSON)',
  'portfolio.pack.scope': 'Paket für',
  'pack.book.made': 'Nachweispaket erstellt: {file}. Seine Prüfsumme (SHA-256) lautet {hash}.',
  'pack.book.nothing':
    'Noch nichts für ein Paket: Beantworten Sie eine Kompetenz oder tragen Sie Zahlen in Ihre Partnerakte ein.',
  'pack.unavailable':
    'Das Nachweispaket konnte nicht erstellt werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'pack.book.printHash': 'Nachweispaket {hash}, erstellt {time}',
  'pack.book.sheet.summary': 'Übersicht',
  'pack.book.sheet.plan': 'Plan',
  'pack.book.sheet.requirements': 'Anforderungen',
  'pack.book.sheet.people': 'Personen',
  'pack.book.summary.item': 'Angabe',
  'pack.book.summary.value': 'Wert',
  'pack.book.summary.covers': 'Umfang',
  'portfolio.pack.whole': 'Das gesamte Portfolio',
  'pack.book.summary.day': 'Zahlen zum Stichtag',
  'pack.book.summary.tier': 'Partnerstufe, die sich aus den Stufen ergibt',
  'pack.book.summary.noTier': 'Noch keine',
  'pack.book.summary.made': 'Erstellt',
  'pack.book.summary.hash': 'Prüfsumme des Pakets (SHA-256)',
  'pack.book.summary.format': 'Format',
  'pack.book.summary.formatValue': '{format}, Version {version}',
  'pack.book.summary.marks': 'Kennzeichnung',
  'pack.book.summary.money': 'Geldbeträge',
  'pack.book.summary.moneyKept': 'Enthalten',
  'pack.book.summary.moneyLeftOut': 'Weggelassen, die Bewertungen bleiben erhalten: {fields}',
  'pack.book.summary.moneyNone': 'Weggelassen; keiner war beantwortet',
  'pack.book.summary.moneyField': '{title}: {label}',
  'pack.book.summary.checkAt': 'Prüfen Sie dieses Paket unter',
  'pack.book.madeProtected':
    'Geschütztes Nachweispaket erstellt: {file}. Die Prüfsumme (SHA-256) des enthaltenen Pakets lautet {hash}. Teilen Sie die Passphrase auf einem anderen Weg mit als die Datei.',
  'pack.book.tooLarge':
    'Diese Arbeitsmappe ist zu groß, um sie mit einer Passphrase zu schützen. Schützen Sie stattdessen das JSON-Paket, oder erstellen Sie ein Paket mit weniger Kompetenzen.',
  'pack.book.column.achieved': 'Erreichte Stufe',
  'pack.book.column.rulesHash': 'Prüfsumme der Regeln',
  'pack.book.column.source': 'Herkunft der Zahl',
  'pack.book.column.note': 'Notiz',
  'pack.book.column.links': 'Links',
  'pack.book.column.person': 'Person',
  'pack.book.column.personId': 'Personen-ID',
  'pack.book.column.credential': 'Kurs oder Prüfung',
  'pack.book.column.passed': 'Bestanden am',
  'pack.book.column.expires': 'Zählt nicht mehr ab',
  'pack.book.source.typed': 'Auf der Seite eingegeben',
  'pack.book.source.record': 'Aus der Partnerakte',
  'portfolio.state.met': '{level} erfüllt',
  'portfolio.state.next': '{held}; {level}: {progress}',
  'portfolio.state.designation': '{headline}: {progress}',
  'portfolio.rollup.needs': '{tier} erfordert {steps}',
  'portfolio.rollup.step_one': '{level} in {count} weiteren Kompetenz',
  'portfolio.rollup.step_other': '{level} in {count} weiteren Kompetenzen',
  'portfolio.rollup.unreachable': '{needs}, mehr als die hier angebotenen Kompetenzen zulassen.',
  'portfolio.rollup.needsAll': '{needs}.',
  'portfolio.rollup.closest': '{needs}. Am nächsten: {named}.',
  'portfolio.rollup.candidate': '{title} ({level}: {progress})',
  'announced.where': '{level} auf {model}',
  'announced.added': '{where} erfordert zusätzlich {label}: {threshold}',
  'announced.changed': '{label} für {where}: {change}',
  'announced.removed': '{where} erfordert {label} nicht mehr ({threshold})',
  'announced.change': 'Ab {date}: {difference}.',
  'announced.change.scored': 'Ab {date}: {difference}; {figure}.',
  'announced.figure.notAsked': 'die aktuellen Regeln fragen noch nicht danach',
  'announced.figure.number': 'Ihr Wert: {answer}',
  'announced.figure.answer': 'Ihre Antwort: {answer}',
  'announced.label': '{label} ab {date} ({version}): ',
  'announced.offered': 'Angeboten',
  'announced.version': 'Regelversion {version}',
  'field.expected': '{label}: erwartet wird {expected}',
  'explorer.heading': '{heading}:',
  'forecast.lapse': '{what} erlischt am {date}: {why}; {keep}',
  'forecast.lapse.noKeep': '{what} erlischt am {date}: {why}',
  'forecast.keep': 'halten Sie sie, indem Sie bis dahin {actions}',
  'forecast.what.level': 'Stufe {level} in {title}',
  'forecast.what.tier': 'Die Partnerstufe {tier}',
  'forecast.reason.level': '{what} erlischt',
  'forecast.reason.exam_one': '{count} von {total} Zertifizierungen läuft ab',
  'forecast.reason.exam_other': '{count} von {total} Zertifizierungen laufen ab',
  'forecast.reason.training': '{label} ist nicht mehr gültig',
  'forecast.reason.references_one': '{count} von {total} Kundenreferenzen ist zu alt, um noch zu zählen',
  'forecast.reason.references_other': '{count} von {total} Kundenreferenzen sind zu alt, um noch zu zählen',
  'forecast.reason.falls': '{label} sinkt auf {after}, unter {threshold}',
  'forecast.reason.gone': 'für {label} zählt kein Eintrag mehr',
  'forecast.reason.rules':
    'für {label} verlangen die ab dann geltenden Regeln (Version {version}) {threshold}, Sie haben {after}',
  'forecast.reason.rulesNone':
    'für {label} verlangen die ab dann geltenden Regeln (Version {version}) {threshold}, wofür noch nichts zählt',
  'forecast.action.renew_one': '{count} Zertifizierung {exam} erneuern',
  'forecast.action.renew_other': '{count} Zertifizierungen {exam} erneuern',
  'forecast.action.training': '{courses} erneut abschließen',
  'forecast.action.references_one': '{count} weitere Kundenreferenz gewinnen',
  'forecast.action.references_other': '{count} weitere Kundenreferenzen gewinnen',
  'forecast.action.book': '{amount} mehr buchen',
  'forecast.action.surveys_one': '{count} weiteres Umfrageergebnis von {score} einholen',
  'forecast.action.surveys_other': '{count} weitere Umfrageergebnisse von {score} einholen',
  'calendar.name': 'Kompetenznachweise',
  'calendar.due': 'Nachweis fällig: {label}, {title}',
  'workspace.title': 'Partnerakte',
  'workspace.description':
    'Halten Sie die Personen, Prüfungen, Buchungen, Referenzen und Nachweise hinter Ihren Kompetenzwerten in Ihrem Browser fest und sehen Sie, was sich daraus an jedem Tag ergibt.',
  'workspace.lead':
    'Die Personen Ihres Teams mit den Kursen und Prüfungen, die sie bestanden haben, Ihre Buchungen je Quartal, Kundenreferenzen, Umfrageergebnisse und die Nachweise, die Sie für jede Anforderung sammeln. Aus dieser Akte werden die Werte jeder Kompetenz für einen Tag Ihrer Wahl ermittelt.',
  'workspace.noscript.heading': 'Ohne JavaScript',
  'workspace.noscript':
    'Ihre Akte liegt nur in diesem Browser und wird nirgendwohin gesendet, daher benötigt diese Seite JavaScript, um sie zu lesen und zu speichern. Der Katalog und die Checkliste auf jeder Kompetenzseite funktionieren auch ohne.',
  'workspace.noscript.link': 'Kompetenzen ansehen',
  'workspace.unavailable':
    'Der Code dieser Seite konnte nicht geladen werden, daher wird Ihre Akte nicht angezeigt. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu: Was gespeichert ist, bleibt unverändert.',
  'workspace.saved': 'Nur in diesem Browser gespeichert.',
  'workspace.storage.unreadable':
    'Die in diesem Browser gespeicherte Akte konnte nicht gelesen werden und bleibt daher unverändert: Was Sie hinzufügen, bleibt nur in diesem Tab erhalten, bis Sie es exportieren.',
  'workspace.storage.newer':
    'Die in diesem Browser gespeicherte Akte stammt von einer neueren Version dieser Website und bleibt daher unverändert: Was Sie hinzufügen, bleibt nur in diesem Tab erhalten, bis Sie es exportieren.',
  'workspace.storage.dropped_one':
    '{count} in diesem Browser gespeicherter Eintrag konnte nicht gelesen werden: Er wird hier ausgelassen und bleibt unverändert erhalten.',
  'workspace.storage.dropped_other':
    '{count} in diesem Browser gespeicherte Einträge konnten nicht gelesen werden: Sie werden hier ausgelassen und bleiben unverändert erhalten.',
  'workspace.storage.blocked':
    'Dieser Browser erlaubt kein Speichern: Ihre Akte bleibt nur in diesem Tab erhalten, bis Sie sie exportieren.',
  'workspace.storage.read':
    'Dieser Browser konnte die hier gespeicherten Daten nicht lesen, daher wird nichts davon überschrieben: Ihre Akte bleibt nur in diesem Tab erhalten, bis Sie sie exportieren.',
  'workspace.storage.write':
    'Ihr Browser hat das Speichern verweigert: Ihre Akte bleibt nur in diesem Tab erhalten, bis Sie sie exportieren.',
  'workspace.fromTab': 'Mit den Änderungen aus einem anderen Tab aktualisiert.',
  'workspace.by': 'Von {name}, {day}',
  'workspace.colleagues.heading': 'Kolleginnen und Kollegen fragen',
  'workspace.colleagues.lead':
    'Bitten Sie eine Kollegin oder einen Kollegen um einzelne Felder, etwa die Buchungen, die die Finanzabteilung kennt: Sie oder er füllt nur diese aus und schickt Ihnen einen Link oder eine Datei zurück. Sie sehen die Antwort neben Ihrer Akte und übernehmen, was Sie wählen.',
  'workspace.colleagues.ask': 'Anfrage erstellen',
  'workspace.colleagues.file': 'Antwortdatei öffnen',
  'workspace.ask.heading': 'Was Sie erfragen',
  'workspace.ask.lead':
    'Kreuzen Sie die Felder an, die ausgefüllt werden sollen. Der Link enthält nur Ihre Anfrage, keine Ihrer Zahlen.',
  'workspace.ask.noPeople':
    'Um bestandene Kurse und Prüfungen zu erfragen, fügen Sie die Personen zuerst der Akte hinzu.',
  'workspace.ask.section.credentials': 'Bestandene Kurse und Prüfungen',
  'workspace.ask.section.bookings': 'Buchungen',
  'workspace.ask.section.references': 'Kundenreferenzen',
  'workspace.ask.section.surveys': 'Ergebnisse von Zufriedenheitsumfragen',
  'workspace.ask.pickFor.credentials': 'Personen, für die bestandene Kurse und Prüfungen erfragt werden',
  'workspace.ask.pickFor.bookings': 'Kompetenzen, für die Buchungen erfragt werden',
  'workspace.ask.pickFor.references': 'Kompetenzen, für die Kundenreferenzen erfragt werden',
  'workspace.ask.pickFor.surveys': 'Kompetenzen, für die Umfrageergebnisse erfragt werden',
  'workspace.ask.quarters': 'Quartale, für die Buchungen erfragt werden',
  'workspace.ask.name': 'Ihr Name, wie Ihre Kollegin oder Ihr Kollege Sie kennt',
  'workspace.ask.passphrase': 'Passphrase (optional)',
  'workspace.ask.passphraseHelp':
    'Mit einer Passphrase lässt sich der Link nur mit ihr öffnen. Senden Sie sie auf einem anderen Weg als den Link.',
  'workspace.ask.make': 'Anfragelink erstellen',
  'workspace.ask.close': 'Schließen',
  'workspace.ask.needsName': 'Geben Sie zuerst Ihren Namen ein, damit klar ist, wer fragt.',
  'workspace.ask.needsSection': 'Kreuzen Sie mindestens eine Art von Feldern an.',
  'workspace.ask.needsCompetency':
    'Kreuzen Sie für jede erfragte Art von Feldern mindestens eine Kompetenz an.',
  'workspace.ask.needsQuarter': 'Kreuzen Sie mindestens ein Quartal für die Buchungen an.',
  'workspace.ask.needsPerson':
    'Kreuzen Sie mindestens eine Person an, für die bestandene Kurse und Prüfungen erfragt werden.',
  'workspace.ask.copied':
    'Der Anfragelink wurde kopiert. Senden Sie ihn an Ihre Kollegin oder Ihren Kollegen.',
  'workspace.ask.made': 'Der Anfragelink steht im Feld unten: Kopieren Sie ihn und senden Sie ihn weiter.',
  'workspace.ask.linkCopied': 'Anfragelink (kopiert):',
  'workspace.ask.link': 'Anfragelink zum Kopieren:',
  'workspace.ask.of.credentials': 'bestandene Kurse und Prüfungen von {people}',
  'workspace.ask.of.bookings': 'Buchungen für {competencies} in {quarters}',
  'workspace.ask.of.references': 'Kundenreferenzen für {competencies}',
  'workspace.ask.of.surveys': 'Ergebnisse von Zufriedenheitsumfragen für {competencies}',
  'workspace.answer.heading': 'Eine Anfrage von {name}',
  'workspace.answer.lead':
    'Am {day} hat {name} Sie um Folgendes gebeten: {asks}. Hier werden nur diese Felder angezeigt.',
  'workspace.answer.private':
    'Ihre Eingaben bleiben auf dieser Seite: Sie werden nicht in diesem Browser gespeichert und ändern Ihre eigene Akte nicht. Senden Sie sie danach als Link oder Datei zurück.',
  'workspace.answer.name': 'Ihr Name, wie {name} Sie kennt',
  'workspace.answer.needsName':
    'Geben Sie zuerst Ihren Namen ein, damit die Antwort sagt, von wem sie kommt.',
  'workspace.answer.empty': 'Füllen Sie mindestens ein Feld aus, bevor Sie antworten.',
  'workspace.answer.send': 'Antwort senden',
  'workspace.answer.sendLead':
    'Erstellen Sie einen Link oder eine Datei mit Ihren Eingaben und senden Sie sie an {name}.',
  'workspace.answer.link': 'Antwortlink erstellen',
  'workspace.answer.file': 'Antwortdatei herunterladen',
  'workspace.answer.copied': 'Der Antwortlink wurde kopiert. Senden Sie ihn zurück.',
  'workspace.answer.made': 'Der Antwortlink steht im Feld unten: Kopieren Sie ihn und senden Sie ihn zurück.',
  'workspace.answer.linkCopied': 'Antwortlink (kopiert):',
  'workspace.answer.linkLabel': 'Antwortlink zum Kopieren:',
  'workspace.answer.downloaded': 'Die Antwortdatei wurde heruntergeladen. Senden Sie sie zurück.',
  'workspace.answer.own': 'Zur eigenen Akte',
  'workspace.review.heading': 'Antwort von {name}',
  'workspace.review.opened': 'Antwort von {name} geöffnet. Nichts wird übernommen, bevor Sie wählen.',
  'workspace.review.lead': '{name} hat am {when} auf Ihre Anfrage geantwortet: {asks}.',
  'workspace.review.conflicts_one':
    '{count} Feld weicht von Ihrer Akte ab: Es wird nur übernommen, wenn Sie es ankreuzen.',
  'workspace.review.conflicts_other':
    '{count} Felder weichen von Ihrer Akte ab: Sie werden nur übernommen, wenn Sie sie ankreuzen.',
  'workspace.review.leftOut_one':
    '{count} Eintrag außerhalb Ihrer Anfrage oder nicht lesbar wurde weggelassen.',
  'workspace.review.leftOut_other':
    '{count} Einträge außerhalb Ihrer Anfrage oder nicht lesbar wurden weggelassen.',
  'workspace.review.empty': 'Die Antwort enthält keine Einträge.',
  'workspace.review.caption': 'Was {name} geschickt hat, neben Ihrer Akte',
  'workspace.review.takeOne': '{field} übernehmen',
  'workspace.review.fieldHead': 'Feld',
  'workspace.review.field': '{competency}, {what}',
  'workspace.review.passField': '{person}, {name}',
  'workspace.review.noPerson_one':
    '{count} Eintrag gehört zu einer Person, die nicht mehr in Ihrer Akte steht, und wurde weggelassen.',
  'workspace.review.noPerson_other':
    '{count} Einträge gehören zu Personen, die nicht mehr in Ihrer Akte stehen, und wurden weggelassen.',
  'workspace.review.theirs': 'Geschickt',
  'workspace.review.mine': 'In Ihrer Akte',
  'workspace.review.none': 'Keine Angabe',
  'workspace.review.state': 'Vergleich',
  'workspace.review.state.new': 'Neu',
  'workspace.review.state.same': 'Gleich',
  'workspace.review.state.differs': 'Abweichend',
  'workspace.review.all': 'Alle ankreuzen',
  'workspace.review.none.button': 'Keine ankreuzen',
  'workspace.review.takeChosen': 'Angekreuzte Felder übernehmen',
  'workspace.review.chosen_one': '{count} Feld angekreuzt.',
  'workspace.review.chosen_other': '{count} Felder angekreuzt.',
  'workspace.review.nothing': 'Nichts ist angekreuzt, daher wurde nichts übernommen.',
  'workspace.review.taken_one': '{count} Feld von {name} in Ihre Akte übernommen.',
  'workspace.review.taken_other': '{count} Felder von {name} in Ihre Akte übernommen.',
  'workspace.review.undo': 'Übernahme rückgängig machen',
  'workspace.review.undone': 'Rückgängig gemacht: Ihre Akte ist wie zuvor, abgesehen von Änderungen seither.',
  'workspace.review.close': 'Antwort beiseitelegen',
  'workspace.unlock.request': 'Geschützte Anfrage',
  'workspace.unlock.requestText':
    'Diese Anfrage ist mit einer Passphrase geschützt. Geben Sie die Passphrase ein, die Sie von der anfragenden Person erhalten haben, um zu sehen, worum sie bittet; in diesem Browser wird nichts gespeichert.',
  'workspace.unlock.reply': 'Geschützte Antwort',
  'workspace.unlock.replyText':
    'Diese Antwort ist mit einer Passphrase geschützt. Geben Sie die Passphrase ein, die Sie von Ihrer Kollegin oder Ihrem Kollegen erhalten haben, um sie zu sehen; Ihre Akte bleibt, wie sie ist, bis Sie wählen, was Sie übernehmen.',
  'workspace.remove': 'Entfernen',
  'workspace.actions': 'Aktionen',
  'workspace.competency': 'Kompetenz',
  'workspace.chooseCompetency': 'Kompetenz wählen',
  'workspace.quarter': 'Q{n} {year}',
  'workspace.people.heading': 'Personen',
  'workspace.people.lead':
    'Eine interne Kennung oder Initialen genügen: Die Akte braucht keine Namen. Tragen Sie die Kurse und Prüfungen ein, die jede Person bestanden hat; bis wann eine Prüfung zählt, ergibt sich aus den Regeln.',
  'workspace.people.askedLead':
    'Tragen Sie für jede dieser Personen die bestandenen Kurse und Prüfungen mit dem Tag des Bestehens ein. Aufgeführt sind nur die angefragten Personen: Fehlt jemand, sagen Sie es der Person, die angefragt hat.',
  'workspace.people.empty': 'Noch keine Personen in der Akte.',
  'workspace.person.label': 'Kennung oder Initialen',
  'workspace.person.add': 'Person hinzufügen',
  'workspace.person.needsLabel': 'Geben Sie zuerst eine Kennung oder Initialen ein.',
  'workspace.person.added': '{person} hinzugefügt.',
  'workspace.person.renamed': 'Umbenannt in {person}.',
  'workspace.person.remove': '{person} entfernen',
  'workspace.person.removed': '{person} und die zugehörigen Prüfungen entfernt.',
  'workspace.passes.caption': 'Bestandene Kurse und Prüfungen von {person}',
  'workspace.pass.name': 'Kurs oder Prüfung',
  'workspace.pass.choose': 'Kurs oder Prüfung wählen',
  'workspace.pass.course': '{name} (Kurs)',
  'workspace.pass.exam': '{name} (Prüfung)',
  'workspace.pass.passed': 'Bestanden am',
  'workspace.pass.expires': 'Zählt bis',
  'workspace.pass.noExpiry': 'Läuft nicht ab',
  'workspace.pass.add': 'Hinzufügen',
  'workspace.pass.addFor': 'Kurs oder Prüfung für {person} hinzufügen',
  'workspace.pass.needs': 'Wählen Sie einen Kurs oder eine Prüfung und den Tag, an dem sie bestanden wurde.',
  'workspace.pass.known': 'Dieser Eintrag steht bereits in der Akte.',
  'workspace.pass.added': '{name} für {person} hinzugefügt, bestanden am {day}.',
  'workspace.pass.remove': '{name} entfernen',
  'workspace.pass.removed': '{name} bei {person} entfernt.',
  'workspace.bookings.heading': 'Buchungen',
  'workspace.bookings.lead':
    'Der je Quartal gebuchte Umsatz jeder Kompetenz mit einer Umsatzanforderung, in deren Währung. Daraus werden der Umsatz des zurückliegenden Zeitraums und das Wachstum ermittelt; ein leeres Feld zählt als nichts gebucht.',
  'workspace.bookings.caption': 'Buchungen je Kompetenz und Quartal',
  'workspace.booking.label': '{competency}, {quarter}',
  'workspace.booking.saved': '{competency}, {quarter}: {amount}.',
  'workspace.booking.removed': '{competency}, {quarter}: entfernt.',
  'workspace.references.heading': 'Kundenreferenzen',
  'workspace.references.lead':
    'Jeder Kunde, der einer Referenz zugestimmt hat, mit dem Tag der Zustimmung. Ein Kunde zählt je Kompetenz einmal.',
  'workspace.reference.customer': 'Kunde',
  'workspace.reference.date': 'Zugestimmt am',
  'workspace.reference.add': 'Referenz hinzufügen',
  'workspace.reference.needs':
    'Wählen Sie eine Kompetenz, nennen Sie den Kunden und den Tag, an dem er zugestimmt hat.',
  'workspace.reference.added': '{customer} als Referenz für {competency} hinzugefügt.',
  'workspace.reference.remove': '{customer} entfernen',
  'workspace.reference.removed': 'Referenz von {customer} entfernt.',
  'workspace.surveys.heading': 'Zufriedenheitsergebnisse',
  'workspace.surveys.lead':
    'Jedes Umfrageergebnis mit dem Tag, an dem es zurückkam, auf der Skala der Umfrage der Kompetenz.',
  'workspace.survey.score': 'Wert',
  'workspace.survey.scoreOn': 'Wert ({min} bis {max})',
  'workspace.survey.date': 'Zurückerhalten am',
  'workspace.survey.add': 'Ergebnis hinzufügen',
  'workspace.survey.needs':
    'Wählen Sie eine Kompetenz, geben Sie den Wert ein und den Tag, an dem das Ergebnis zurückkam.',
  'workspace.survey.added': 'Wert {score} für {competency} hinzugefügt.',
  'workspace.survey.remove': 'Ergebnis entfernen',
  'workspace.survey.removed': 'Ein Ergebnis für {competency} entfernt.',
  'workspace.evidence.heading': 'Nachweise je Anforderung',
  'workspace.evidence.lead':
    'Wer die Nachweise für jede Anforderung sammelt, wie weit sie sind, bis wann sie fällig sind, eine Notiz und Links zu den Dokumenten.',
  'workspace.evidence.owner': 'Verantwortlich',
  'workspace.evidence.noOwner': 'Noch niemand',
  'workspace.evidence.status': 'Stand',
  'workspace.evidence.status.todo': 'Offen',
  'workspace.evidence.status.doing': 'In Arbeit',
  'workspace.evidence.status.ready': 'Fertig',
  'workspace.evidence.due': 'Fällig am',
  'workspace.evidence.note': 'Notiz',
  'workspace.evidence.links': 'Links, einer je Zeile',
  'workspace.evidence.saved': 'Nachweisplan für {requirement} in {competency} gespeichert.',
  'workspace.day.heading': 'Was an einem Tag gilt',
  'workspace.day.lead':
    'Jede Kompetenz, die Sie verfolgen, mit der Stufe und der Partnerstufe, die sich an einem Tag Ihrer Wahl aus Ihrer Partnerakte ergeben (ein auf der Seite der Kompetenz eingegebener Wert zählt vor dem der Akte), und was in den 24 Monaten danach erlischt.',
  'workspace.day.show': 'Ermitteln, was gilt',
  'workspace.day.loading': 'Wird ermittelt …',
  'workspace.day.unavailable':
    'Was an einem Tag gilt, konnte nicht ermittelt werden: Der Code oder die Regeln wurden nicht geladen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'workspace.day.followPortfolio':
    'Die Kompetenzen, die Sie im Portfolio ausgewählt haben, jeweils für das Geschäftsmodell und die Region, für die sie zuletzt auf ihrer Seite bewertet wurden.',
  'workspace.day.followRecord':
    'Jede Kompetenz, zu der Ihre Akte etwas enthält, jeweils für das Geschäftsmodell und die Region, für die sie zuletzt auf ihrer Seite bewertet wurde. Um andere zu verfolgen, wählen Sie sie im Portfolio aus.',
  'workspace.day.nothing':
    'Ihre Akte enthält noch nichts zu einer Kompetenz, und im Portfolio ist keine Kompetenz ausgewählt.',
  'workspace.day.caption': 'Stufen am {day}',
  'workspace.day.level': 'Erreichte Stufe',
  'workspace.day.progress': 'Fortschritt',
  'workspace.day.figures': 'Angaben',
  'workspace.day.fromRecord_one': '{count} aus Ihrer Akte',
  'workspace.day.fromRecord_other': '{count} aus Ihrer Akte',
  'workspace.day.typed_one': '{count} auf ihrer Seite eingegeben',
  'workspace.day.typed_other': '{count} auf ihrer Seite eingegeben',
  'workspace.day.tier': 'Partnerstufe am {day}:',
  'workspace.day.rules': 'Bewertet nach den ab {date} geltenden Regeln (Version {version})',
  'workspace.day.noTier': 'noch keine',
  'workspace.day.heldIn': '{level} in {title}',
  'workspace.day.said': '{day}: {levels}; Partnerstufe: {tier}.',
  'workspace.day.saidNone': 'keine Stufe erreicht',
  'workspace.forecast.heading': 'Was bis zum {until} erlischt',
  'workspace.forecast.lead':
    'Die Tage ab dem {day}, an denen eine Stufe oder die Partnerstufe nach dem Stand Ihrer Akte erlöschen würde, warum, und die wenigsten Schritte, die sie erhalten.',
  'workspace.forecast.none': 'Nach dem Stand Ihrer Akte erlischt bis zum {until} nichts.',
  'workspace.forecast.saidFirst': 'Als Erstes: {text}',
  'workspace.forecast.first': 'Als Erstes',
  'workspace.forecast.why': 'Warum:',
  'workspace.forecast.keep': 'So bleibt sie erhalten:',
  'workspace.forecast.cannot': 'Kein Eintrag in Ihrer Akte kann sie erhalten.',
  'workspace.calendar.lead':
    'Die Tage oben, an denen etwas erlischt, und die Fälligkeiten der Nachweise, die noch nicht bereit sind, als ganztägige Termine, die ein Kalender importieren kann.',
  'workspace.calendar.download': 'Termine herunterladen (.ics)',
  'workspace.calendar.done_one': '{file} mit {count} Termin heruntergeladen.',
  'workspace.calendar.done_other': '{file} mit {count} Terminen heruntergeladen.',
  'workspace.calendar.empty':
    'Es gibt keinen Tag, an dem etwas erlischt oder fällig ist, für einen Kalender.',
  'workspace.calendar.failed':
    'Der Kalender konnte nicht erstellt werden: Sein Code wurde nicht geladen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'workspace.files.heading': 'Ihre Akte als Datei',
  'workspace.files.lead':
    'Exportieren Sie die Akte, um eine Kopie aufzubewahren oder sie in einen anderen Browser zu übernehmen. Ein Import ersetzt die Akte hier: Die Seite zeigt zuerst, was er hinzufügt, ändert und entfernt, und er lässt sich rückgängig machen.',
  'workspace.files.export': 'Akte exportieren',
  'workspace.files.exported': '{file} exportiert.',
  'workspace.files.import': 'Aktendatei importieren',
  'workspace.files.use': 'Diese Datei verwenden',
  'workspace.files.keep': 'Meine Akte behalten',
  'workspace.files.undo': 'Import rückgängig machen',
  'workspace.files.added': 'Fügt {entries} hinzu:',
  'workspace.files.changed': 'Ändert {entries}:',
  'workspace.files.removed': 'Entfernt {entries}:',
  'workspace.files.unavailable':
    'Der Code für Dateien konnte nicht geladen werden: Nichts wurde geändert. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'workspace.link': 'Diese Werte aus Ihrer Partnerakte ermitteln',
  'progress.title': 'Entwicklung über die Zeit',
  'progress.description':
    'Datierte Momentaufnahmen Ihrer Antworten, Bewertungen, Partnerstufe und Partnerakte, in Ihrem Browser gespeichert: zwei beliebige vergleichen und die Erfüllung im Zeitverlauf sehen.',
  'progress.lead':
    'Eine Momentaufnahme hält Ihre Antworten, die Bewertung jeder Anforderung, Ihre Stufen, die Partnerstufe und Ihre Partnerakte so fest, wie sie heute sind. Sie können jederzeit eine anlegen; außerdem wird eine für Sie gespeichert, wenn Sie diese Seite öffnen, nachdem sich eine Stufe oder die Partnerstufe geändert hat.',
  'progress.noscript.heading': 'Ohne JavaScript',
  'progress.noscript':
    'Momentaufnahmen werden in Ihrem Browser gespeichert und lassen sich nur mit JavaScript lesen. Die Anforderungen jeder Kompetenz finden Sie auf ihrer Seite.',
  'progress.noscript.link': 'Zu den Kompetenzen',
  'progress.link': 'Sehen, wie sich Ihr Stand über die Zeit entwickelt hat',
  'progress.saved': 'Momentaufnahmen werden nur in diesem Browser gespeichert.',
  'progress.take': 'Jetzt eine Momentaufnahme anlegen',
  'progress.taken': 'Momentaufnahme vom {day} gespeichert.',
  'progress.taken.level':
    'Seit der letzten Momentaufnahme hat sich eine Stufe geändert, daher wurde eine Momentaufnahme vom {day} gespeichert.',
  'progress.taken.tier':
    'Seit der letzten Momentaufnahme hat sich die Partnerstufe geändert, daher wurde eine Momentaufnahme vom {day} gespeichert.',
  'progress.nothing':
    'Es gibt noch nichts festzuhalten: Wählen Sie zuerst Kompetenzen im Portfolio aus oder beantworten Sie die Fragen auf der Seite einer Kompetenz.',
  'progress.full':
    'Für eine weitere Momentaufnahme ist kein Platz. Entfernen Sie eine, die Sie selbst angelegt haben; automatische werden zuerst entfernt, die ältesten zuerst.',
  'progress.dropped_one': '{count} ältere automatische Momentaufnahme wurde entfernt, um Platz zu schaffen.',
  'progress.dropped_other':
    '{count} ältere automatische Momentaufnahmen wurden entfernt, um Platz zu schaffen.',
  'progress.leftOut_one':
    '{count} Momentaufnahme konnte nicht gelesen werden. Sie bleibt unverändert in Ihrem Browser.',
  'progress.leftOut_other':
    '{count} Momentaufnahmen konnten nicht gelesen werden. Sie bleiben unverändert in Ihrem Browser.',
  'progress.stored.read':
    'Ihr Browser hat das Lesen der gespeicherten Momentaufnahmen verweigert. Es wurde nichts geändert.',
  'progress.stored.unreadable':
    'Die gespeicherten Momentaufnahmen konnten nicht gelesen werden. Sie bleiben unverändert, und es wird keine neue darüber gespeichert.',
  'progress.stored.newer':
    'Die gespeicherten Momentaufnahmen stammen von einer neueren Version dieser Website. Sie bleiben unverändert, und es wird keine neue darüber gespeichert.',
  'progress.fromTab': 'Die in einem anderen Tab gespeicherten Momentaufnahmen werden angezeigt.',
  'progress.removed': 'Momentaufnahme vom {day} entfernt.',
  'progress.list.heading': 'Momentaufnahmen',
  'progress.list.caption': 'In diesem Browser gespeicherte Momentaufnahmen, die älteste zuerst',
  'progress.list.when': 'Angelegt',
  'progress.list.why': 'Anlass',
  'progress.list.tier': 'Partnerstufe',
  'progress.list.held': 'Kompetenzen mit einer Stufe',
  'progress.list.action': 'Aktion',
  'progress.list.empty':
    'Noch keine Momentaufnahmen. Legen Sie jetzt eine an; außerdem wird eine für Sie gespeichert, wenn Sie diese Seite öffnen, nachdem sich eine Stufe oder die Partnerstufe geändert hat.',
  'progress.remove': 'Entfernen',
  'progress.remove.which': 'die Momentaufnahme vom {when}',
  'progress.why.manual': 'Auf Wunsch angelegt',
  'progress.why.level': 'Eine Stufe hat sich geändert',
  'progress.why.tier': 'Die Partnerstufe hat sich geändert',
  'progress.noTier': 'Keine Partnerstufe',
  'progress.option': '{when}: {why}',
  'progress.compare.heading': 'Zwei Momentaufnahmen vergleichen',
  'progress.compare.from': 'Frühere Momentaufnahme',
  'progress.compare.to': 'Spätere Momentaufnahme',
  'progress.compare.needTwo': 'Für einen Vergleich sind zwei Momentaufnahmen nötig.',
  'progress.compare.same': 'Zwischen diesen beiden Momentaufnahmen hat sich nichts geändert.',
  'progress.compare.swapped':
    'Die frühere Momentaufnahme wird zuerst gezeigt, in welcher Reihenfolge Sie sie auch auswählen.',
  'progress.diff.tier': 'Partnerstufe',
  'progress.diff.before': 'Vorher',
  'progress.diff.after': 'Nachher',
  'progress.diff.level': 'Erreichte Stufe',
  'progress.diff.added': 'Ab der späteren Momentaufnahme verfolgt.',
  'progress.diff.removed': 'In der späteren Momentaufnahme nicht mehr verfolgt.',
  'progress.diff.context': 'Für ein anderes Geschäftsmodell oder eine andere Region bewertet.',
  'progress.diff.rules': 'Nach anderen Regeln bewertet.',
  'progress.diff.verdicts': 'Geänderte Bewertungen in {competency}',
  'progress.diff.answers': 'Geänderte Antworten in {competency}',
  'progress.diff.readiness': 'Erfüllung in {competency}',
  'progress.diff.requirement': 'Anforderung',
  'progress.diff.atLevel': 'Stufe',
  'progress.diff.field': 'Antwort',
  'progress.diff.noAnswer': 'Keine Antwort',
  'progress.diff.yes': 'Ja',
  'progress.diff.no': 'Nein',
  'progress.diff.notAsked': 'Nicht gefordert',
  'progress.diff.record': 'Partnerakte',
  'progress.diff.recordCaption': 'Hinzugefügte, entfernte oder geänderte Einträge der Partnerakte',
  'progress.diff.section': 'Bereich',
  'progress.diff.sectionAdded': 'Hinzugefügt',
  'progress.diff.sectionRemoved': 'Entfernt',
  'progress.diff.sectionChanged': 'Geändert',
  'progress.section.people': 'Personen',
  'progress.section.credentials': 'Bestandene Kurse und Prüfungen',
  'progress.section.bookings': 'Buchungen',
  'progress.section.references': 'Kundenreferenzen',
  'progress.section.surveys': 'Zufriedenheitsergebnisse',
  'progress.section.evidence': 'Nachweise je Anforderung',
  'progress.section.allocations': 'Wer für welche Kompetenz zählt',
  'progress.chart.heading': 'Erfüllung im Zeitverlauf',
  'progress.chart.level': 'Angezeigte Stufe',
  'progress.chart.caption': 'Erfüllung für {level} in jeder Momentaufnahme, in Prozent',
  'progress.chart.when': 'Momentaufnahme',
  'progress.chart.notFollowed': 'nicht verfolgt',
  'progress.chart.needOne': 'Die Erfüllung im Zeitverlauf erscheint, sobald es eine Momentaufnahme gibt.',
  'progress.chart.tableNote': 'Die Tabelle darunter enthält dieselben Werte wie das Diagramm.',
  'pack.check': 'Nachweispaket prüfen',
  'pack.checkNote':
    'Ein Prüfer prüft ein Paket und öffnet ein geschütztes auf der Seite {link} dieser Website.',
  'packCheck.description':
    'Prüfen Sie in Ihrem Browser, ob ein Nachweispaket unverändert ist, und öffnen Sie ein mit einer Passphrase geschütztes Paket.',
  'packCheck.lead':
    'Wählen Sie ein Nachweispaket (JSON) oder eine geschützte Datei, die mit „Mit einer Passphrase schützen“ erstellt wurde. Ihr Browser berechnet die Prüfsumme des Pakets und vergleicht sie mit der, die das Paket enthält; die Datei wird auf dieser Seite gelesen und nirgendwohin gesendet.',
  'packCheck.noscript.heading': 'Diese Seite benötigt JavaScript',
  'packCheck.noscript':
    'Zum Prüfen eines Pakets wird seine SHA-256-Prüfsumme in Ihrem Browser berechnet, und dafür ist JavaScript nötig. Aktivieren Sie JavaScript für diese Website und laden Sie die Seite neu. Das Format des JSON-Pakets beschreibt, wie die Prüfsumme gebildet wird, falls Sie sie mit eigenen Werkzeugen prüfen möchten.',
  'packCheck.file': 'Nachweispaket oder geschützte Datei',
  'packCheck.fileHelp': 'Eine .json-Datei; Sie können sie auch auf dieses Feld ziehen.',
  'packCheck.checking': '{file} wird geprüft …',
  'packCheck.intact': 'Unverändert: Dieses Paket ist so, wie es erstellt wurde.',
  'packCheck.intactText':
    'Sein Inhalt ergibt weiterhin die Prüfsumme, die es enthält; seit der Erstellung wurde also nichts daran geändert.',
  'packCheck.edited': 'Bearbeitet: Dieses Paket wurde nach der Erstellung geändert.',
  'packCheck.editedText':
    'Sein Inhalt ergibt nicht mehr die Prüfsumme, die es enthält. Verlassen Sie sich nicht darauf, und bitten Sie den Partner erneut um das Paket.',
  'packCheck.hashGiven': 'Prüfsumme im Paket',
  'packCheck.hashFound': 'Prüfsumme des Inhalts',
  'packCheck.notPack':
    '{file} ist weder ein Nachweispaket noch eine auf dieser Website erstellte geschützte Datei.',
  'packCheck.newer':
    '{file} wurde mit einer neueren Version der Website erstellt und kann hier nicht geprüft werden.',
  'packCheck.file.name': 'Datei',
  'packCheck.scope': 'Umfang',
  'packCheck.rulesVersion': 'Regelversion',
  'packCheck.rulesHash': 'Prüfsumme der Regeln',
  'packCheck.day': 'Zahlen zum Stichtag',
  'packCheck.made': 'Erstellt',
  'packCheck.hash': 'Prüfsumme (SHA-256)',
  'packCheck.money': 'Geldbeträge',
  'packCheck.moneyKept': 'Enthalten',
  'packCheck.moneyLeftOut': 'Weggelassen; die Bewertungen dazu bleiben erhalten',
  'packCheck.tier': 'Partnerstufe, die sich aus den Stufen ergibt',
  'packCheck.none': 'Noch keine',
  'packCheck.verdicts': 'Bewertungen im Paket',
  'packCheck.competency': 'Kompetenz',
  'packCheck.achieved': 'Erreichte Stufe',
  'packCheck.levels': 'Stufen',
  'packCheck.level': '{level}: {state}, zu {percent} % erfüllt',
  'packCheck.notOffered': 'In seinem Geschäftsmodell und seiner Region nicht angeboten',
  'packCheck.workbook': 'Geschützte Arbeitsmappe geöffnet: {file}',
  'packCheck.workbookText':
    'Sie wurde nach dem Schützen nicht geändert. Speichern Sie sie und öffnen Sie sie in einer Tabellenkalkulation; ihr Blatt „Übersicht“ nennt die Prüfsumme des mit ihr erstellten JSON-Pakets, die Sie hier prüfen können.',
  'packCheck.save': '{file} speichern',
  'packCheck.another': 'Andere Datei prüfen',
  'packCheck.unlock.text':
    'Diese Datei ist mit einer Passphrase geschützt. Geben Sie die Passphrase ein, die Ihnen der Partner mitgeteilt hat; die Datei wird nur auf dieser Seite geöffnet.',
  'packCheck.sealed.wrong':
    'Diese Passphrase öffnet die Datei nicht. Klären Sie die Passphrase mit dem Partner und versuchen Sie es erneut.',
  'packCheck.sealed.tampered':
    'Diese Datei wurde nach dem Schützen geändert und daher nicht geöffnet. Bitten Sie den Partner erneut um die Datei.',
  'packCheck.unreadable': 'Die Datei konnte nicht gelesen werden. Wählen Sie sie erneut.',
  'packCheck.unavailable':
    'Der Code, der Pakete prüft, konnte nicht geladen werden; es wurde nichts geprüft. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
  'packCheck.of': '{title}: {value}',
} as const;
