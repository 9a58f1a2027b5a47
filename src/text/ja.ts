/**
 * Every word the site shows that is not content, in Japanese: the same keys as `en.ts`, in the same order,
 * each `{placeholder}` kept (moved where Japanese grammar needs it). Sentences are in です・ます調, labels and
 * buttons are noun phrases; quotes are 「」 and sentence punctuation is full-width. Japanese plural rules
 * always choose `…_other`; each `…_one` repeats it so that the pair stays complete. Hedges of the source
 * ("typically", "may", "example", "illustrative") stay hedged: 一般的に／〜場合があります／〜可能性があります／例／例示.
 *
 * Glossary (keep consistent):
 * - competency: コンピテンシー; interim designation: 暫定認定
 * - self-assessment: セルフアセスメント; portfolio: ポートフォリオ; action plan: アクションプラン
 * - partner: パートナー; business model: ビジネスモデル; region: 地域; offered: 提供
 * - level: レベル; tier: ティア (never レベル)
 * - requirement: 要件; evidence: エビデンス; figure: 数値; answer: 回答; score: 採点; verdict: 判定
 * - rules / rules version: ルール／ルールバージョン; announced: 発表済み; current rules: 現行のルール
 * - example / illustrative: 例／例示; the program's overview (source document): 概要資料
 * - share link: 共有リンク; export / import: エクスポート／インポート; reset / clear: リセット／消去
 * - met / partly met / not met / not answered: 達成／一部達成／未達成／未回答; not asked: 対象外
 * - Stay in Latin letters: Principal, Expert, Integrate, Resell, Services Expert, PartnerNet, Partner Program,
 *   USD, JSON, CSV, JavaScript, Atom.
 */
export default {
  'site.name': 'コンピテンシーカタログ',
  'site.titleSeparator': '{page}｜{site}',
  'site.skipLink': '本文へスキップ',
  'site.notice': 'このサイトで「{mark}」が付いた値は例です。プログラムの概要資料には数値が示されていません。',
  'site.notice.link': '出典に基づく内容と例示の内容',
  'site.markName': '例示',
  'site.markNameLong': 'アスタリスク',
  'site.languages.label': '言語',
  'site.nav.label': 'メイン',
  'site.nav.overview': '概要',
  'site.nav.competencies': 'コンピテンシー',
  'site.nav.compare': '比較',
  'site.nav.selfAssessment': 'セルフアセスメント',
  'site.nav.program': 'プログラム',
  'site.nav.changes': '変更履歴',
  'site.nav.howToApply': '申請方法',
  'site.footer.about':
    'コンピテンシーカタログでは、Partner Programのコンピテンシーについて、各コンピテンシーの対象範囲と、各レベルがビジネスモデルごとにパートナーに求める可能性のある要件を、例示の数値とともに説明しています。',
  'site.footer.marks': '「{mark}」が付いた値は例であり、プログラム自体の数値ではありません。',
  'site.footer.nav.label': 'その他',
  'site.footer.program': 'プログラムの仕組み',
  'site.footer.faq': 'パートナーからのよくある質問',
  'site.footer.sources': '数値の出典について',
  'picker.model': 'ビジネスモデル',
  'picker.region': '地域',
  'picker.level': 'レベル',
  'picker.anyModel': 'すべてのビジネスモデル',
  'picker.anyRegion': 'すべての地域',
  'picker.anyLevel': 'すべてのレベル',
  'announced.heading': '発表済みのルール（{date}から適用）',
  'announced.lead':
    '{date}以降、このコンピテンシーは{version}に基づいて評価されます：{summary}それまでは現行のルールが適用されます。回答を入力すると、セルフアセスメントに両方のルールでの結果が表示されます。',
  'catalogue.summary_one':
    'ソリューション分野のコンピテンシー{areas}件と暫定認定{count}件（{groups}グループ）。',
  'catalogue.summary_other':
    'ソリューション分野のコンピテンシー{areas}件と暫定認定{count}件（{groups}グループ）。',
  'catalogue.hint':
    'ビジネスモデルとレベルを選ぶと、各コンピテンシーで求められる内容と、もう一方のビジネスモデルでの違いを正確に確認できます。',
  'catalogue.title': 'すべてのコンピテンシー',
  'catalogue.description':
    'Partner Programの{count}件のコンピテンシーを、このサイト独自のグループごとに掲載しています。各コンピテンシーのレベルと、例としてビジネスモデルと地域をひと目で確認できます。',
  'catalogue.lead':
    'コンピテンシーを開くと、このカタログの例示ルールにおいて、各レベルがビジネスモデルごとに求める内容と提供地域を確認できます。ビジネスモデル、地域、レベルで絞り込むと、自社に当てはまる例を確認できます。',
  'catalogue.filters': 'コンピテンシーを絞り込む',
  'catalogue.group.informationManagement': '情報管理',
  'catalogue.group.security': 'セキュリティ',
  'catalogue.group.storageAndAvailability': 'ストレージと可用性',
  'catalogue.group.services': 'サービス',
  'catalogue.showAll': 'すべてのコンピテンシーを表示',
  'catalogue.excluded': 'この選択では利用できません',
  'filter.described.m': '{model}パートナー',
  'filter.described.r': '{region}のパートナー',
  'filter.described.l': '{level}レベルのパートナー',
  'filter.described.mr': '{region}の{model}パートナー',
  'filter.described.ml': '{model}パートナー（{level}レベル）',
  'filter.described.rl': '{region}のパートナー（{level}レベル）',
  'filter.described.mrl': '{region}の{model}パートナー（{level}レベル）',
  'filter.shown': '{total}件のコンピテンシーと暫定認定のうち、{described}が利用できるのは{shown}件です。',
  'filter.pageTitle': 'コンピテンシー：{filter}',
  'filter.description':
    'このカタログのルール例で{described}が利用できるPartner Programのコンピテンシーと、各コンピテンシーで求められることを示します。',
  'filter.heading': '{described}向けのコンピテンシー',
  'compare.title': 'コンピテンシーの比較',
  'compare.pageTitle': 'コンピテンシーの比較：{view}',
  'compare.described': '{region}の{model}パートナー',
  'compare.anyRegion': 'すべての地域',
  'compare.unavailable': '{total}件中{off}件はこの選択では利用できません。それぞれに理由を示しています。',
  'compare.description':
    '{described}向けに、Partner Programのすべてのコンピテンシーを、レベルごと、要件ごとに並べて比較します。',
  'compare.lead':
    '{described}向けに、すべてのコンピテンシーを並べて表示します。各レベルで求められることを、要件の種類ごとにまとめています。{unavailable}',
  'compare.filters': '比較する条件を選択',
  'compare.portfolio':
    'ご自身の数値がコンピテンシーごと、レベルごとにどこまで届いているかは、{portfolio}で確認できます。',
  'compare.portfolio.link': 'ポートフォリオ・セルフアセスメント',
  'compare.level': '{level}レベル',
  'compare.caption': '{described}向けの、全コンピテンシーの{level}レベルの要件',
  'compare.competency': 'コンピテンシー',
  'compare.cardLevel': '、{level}レベル',
  'list.separator': '、',
  'list.lastSeparator': '、',
  'card.levels': 'レベル',
  'card.models': 'ビジネスモデル',
  'card.regions': '地域',
  'card.allRegions': '全{count}地域',
  'card.asks': '求められる内容',
  'page.edit': 'このページを編集',
  'page.updated': '最終更新日：{date}',
  'matrix.caption': '{level}レベル',
  'matrix.captionNote': 'ビジネスモデル別の{competency}の要件',
  'matrix.carried': '{level}から継承',
  'matrix.evidence': 'エビデンス：{evidence}',
  'region.offered': '提供あり',
  'region.notOffered': '提供なし',
  'modelDiff.label': '{model}以外のビジネスモデルでの違い',
  'modelDiff.heading': '別のビジネスモデルでの違い',
  'explorer.choiceTitle': '{region}の{model}パートナー、{level}レベル',
  'explorer.onModel': '{from}ではなく{to}の場合',
  'explorer.atLevel': '{from}ではなく{to}の場合',
  'explorer.inRegion': '{from}ではなく{to}の場合',
  'explorer.sameChoice': '同じ選択の場合',
  'explorer.diff.unavailable': '{heading}：{reason}。',
  'explorer.diff.available': '{heading}：利用可能です（{requirements}）。',
  'explorer.diff.changes': '{heading}：{changes}。',
  'explorer.diff.same': '{heading}：要件は同じです。',
  'explorer.requirements_one': '要件{count}件',
  'explorer.requirements_other': '要件{count}件',
  'explorer.added': '{label}が必要になります：{threshold}',
  'explorer.changed': '{label}：{change}',
  'explorer.removed': '{label}は不要になります',
  'explorer.same': '要件は同じです。',
  'modelDiff.itemHeading': '{level}レベル、{from}ではなく{to}の場合',
  'modelDiff.reason': '{reason}。',
  'modelDiff.same': '要件は同じです。',
  'page.regionsAtGlance': '{total}地域中{offered}地域：{regions}',
  'page.regionsEvery': '{competency}は、このサイトに掲載しているすべての地域で提供されています。',
  'page.regionsSome':
    '{competency}は、このサイトに掲載している{total}地域のうち{offered}地域で提供されています。',
  'page.rulesVersion': 'バージョン{version}（{date}から適用）',
  'list.sentences': '。',
  'list.clauses': '；',
  'explorer.available': '利用可能です。',
  'matrix.notRequired': '不要',
  'matrix.notOffered': '提供なし',
  'tier.competencies_one': 'コンピテンシー{count}件',
  'tier.competencies_other': 'コンピテンシー{count}件',
  'tier.needsNone': 'コンピテンシーは不要',
  'tier.needsExpert': 'Expertレベルの{competencies}',
  'tier.needsPrincipal': 'Principal以上の{competencies}',
  'tier.needsBoth': 'Principal以上の{competencies}（うち{expert}件はExpert）',
  'tier.rule':
    'ティアでは、Principal以上で保有するコンピテンシーの数と、Expertで保有するコンピテンシーの数を数えます。Expertレベルはその両方に数えられます。',
  'tier.benefitsNone': '記載なし',
  'widget.heading': '自社の状況と数値',
  'widget.situation': '{region}の{model}パートナー',
  'widget.figures': '自社の数値',
  'widget.caption': '{situation}向けの{competency}の要件',
  'widget.requirement': '要件',
  'widget.yourFigure': '自社の数値',
  'widget.notAsked': '対象外',
  'widget.helpEvidence': 'ヘルプとエビデンス',
  'widget.everyLevel': 'すべてのレベルを達成しています。',
  'widget.whatsMissing': '不足している項目',
  'widget.missingFor': '{level}に不足している項目',
  'widget.howScored': '採点方法',
  'widget.checkServicesExpert': 'Services Expertの適格性を確認',
  'widget.actions': '保存・共有・エクスポート',
  'widget.saved': 'このブラウザにのみ保存されます。サーバーには何も送信されません。',
  'widget.savedAt':
    'このブラウザにのみ保存されています（最終保存：{time}）。サーバーには何も送信されません。',
  'widget.copyLink': '共有リンクをコピー',
  'widget.exportCsv': 'アクションプランをエクスポート（CSV）',
  'widget.exportJson': '回答をエクスポート（JSON）',
  'widget.print': 'レポートを印刷',
  'widget.import': 'JSONファイルから回答をインポート',
  'widget.reset': '回答をリセット',
  'checklist.needsJs': 'インタラクティブなセルフアセスメントにはJavaScriptが必要です。',
  'checklist.printInstead': '代わりにこのチェックリストを印刷し、最後の列に自社の数値を記入してください。',
  'checklist.caption': '{model}パートナー向け{competency}チェックリスト',
  'checklist.evidence': 'エビデンス',
  'changes.version': 'バージョン{version}',
  'changes.firstVersion': 'バージョン{version}（初版）',
  'changes.announcedVersion': 'バージョン{version}、{effective}から適用（{date}発表）',
  'list.then': '{first}{then}',
  'list.more_one': 'ほか{count}件',
  'list.more_other': 'ほか{count}件',
  'portfolio.title': 'ポートフォリオ・セルフアセスメント',
  'portfolio.titled': '{title}：{note}',
  'portfolio.tier': '自社のティア',
  'portfolio.imply': '現在のレベルは{tier}に相当します。',
  'portfolio.noTier': 'ティアなし',
  'portfolio.topTier': 'これが最上位のティアです。',
  'portfolio.none': 'なし',
  'portfolio.orAbove': '{level}以上',
  'portfolio.closest': '{tier}に最も近いコンピテンシー',
  'portfolio.atLevel': '（{level}）：{progress}',
  'portfolio.notYet': '（まだポートフォリオに含まれていません）',
  'portfolio.designation': '{designation}（暫定認定）',
  'portfolio.designationApart':
    'ティアとは別に表示しています。概要資料には、ティアにどのように数えられるかが記載されていないためです。',
  'portfolio.interim': '（暫定認定）',
  'portfolio.openFull': '各判定の理由とアクションプランは、{link}で確認できます。',
  'portfolio.openFull.link': '{competency}のセルフアセスメント全体',
  'portfolio.answers': '回答',
  'portfolio.tickFirst':
    '上で保有または目標とするコンピテンシーにチェックを入れると、ここでその要件に回答できます。',
  'portfolio.choose': '保有または目標とするコンピテンシー',
  'portfolio.competency': 'コンピテンシー',
  'portfolio.notOffered': 'この選択では提供されていません',
  'portfolio.notChosen': 'ポートフォリオに含まれていません',
  'portfolio.actions': '共有・エクスポート',
  'portfolio.saved':
    'このブラウザにのみ保存され、各コンピテンシーのページと共有されます。サーバーには何も送信されません。',
  'portfolio.exportJson': 'ポートフォリオをエクスポート（JSON）',
  'portfolio.import': 'JSONファイルからポートフォリオをインポート',
  'portfolio.viewingShared': '共有されたポートフォリオを表示中',
  'portfolio.viewingImported': 'インポートしたポートフォリオを表示中',
  'portfolio.plan': 'アクションプラン',
  'portfolio.plan.status': 'ステータス',
  'portfolio.plan.missing': '不足している項目',
  'portfolio.plan.announced': '発表済みのルール（{version}）',
  'msg.leftOut.refused': '{fields}：値が項目に合わないため、除外しました。',
  'msg.leftOut.unknown_one': 'このコンピテンシーにない要件への回答{count}件を除外しました。',
  'msg.leftOut.unknown_other': 'このコンピテンシーにない要件への回答{count}件を除外しました。',
  'msg.unknownEntries_one':
    '{count}件のエントリを除外しました：該当するコンピテンシーがカタログにありません。',
  'msg.unknownEntries_other':
    '{count}件のエントリを除外しました：該当するコンピテンシーがカタログにありません。',
  'msg.unchanged': '回答は変更されていません。',
  'msg.otherCompetency':
    'この共有リンクには別のコンピテンシーの回答が含まれています。そのコンピテンシーのページで開いてください。',
  'msg.portfolioLink':
    'この共有リンクには、{title}の回答ではなくポートフォリオ全体が含まれています。「{page}」ページで開いてください。',
  'msg.oneCompetencyLink':
    'この共有リンクには、ポートフォリオではなく1つのコンピテンシーの回答が含まれています。そのコンピテンシーのページで開いてください。',
  'msg.oneCompetencyLink.named':
    'この共有リンクには、ポートフォリオではなく{title}のみの回答が含まれています。{title}のページで開いてください。',
  'msg.damagedPortfolio': 'この共有リンクは破損しているか、不完全です。',
  'msg.unreadableAnswers': 'この共有リンクには、このページでは読み取れない回答が含まれています。',
  'msg.unknownContext': 'この共有リンクには、このサイトにないビジネスモデルまたは地域が指定されています。',
  'msg.share.damaged':
    'この共有リンクは破損しているか不完全なため、開きませんでした。リンクをもう一度送ってもらってください。',
  'msg.share.none': 'このリンクには共有された回答が含まれていません。',
  'msg.share.newer': 'この共有リンクは新しいバージョンのサイトで作成されたため、ここでは読み取れません。',
  'msg.linkCopied.answers': 'リンクをコピーしました。リンクを開いた人は誰でも、次の回答を閲覧できます：',
  'msg.linkCopied.portfolio':
    'リンクをコピーしました。リンクを開いた人は誰でも、次のポートフォリオを閲覧できます：',
  'msg.link.copied': '共有リンクをコピーしました。',
  'msg.link.inBox': '共有リンクを下のボックスに表示しました。コピーしてご利用ください。',
  'msg.notImported': 'ファイルをインポートしませんでした：{why}',
  'msg.fileRefused.tooLarge': 'エクスポートされたセルフアセスメントとしてはサイズが大きすぎます。',
  'msg.fileRefused.notJson': '有効なJSONではありません。',
  'msg.fileRefused.notExport': 'このサイトからエクスポートされたセルフアセスメントではありません。',
  'msg.fileRefused.unread': '読み取れませんでした。',
  'msg.fileRefused.noContext': 'ビジネスモデル、地域、またはルールバージョンが含まれていません。',
  'msg.fileRefused.unknownContext': 'ビジネスモデルまたは地域が、このサイトにないものです。',
  'msg.fileRefused.noAnswers': 'このページで読み取れる回答が含まれていません。',
  'msg.fileRefused.portfolio':
    '{title}の回答ではなく、ポートフォリオのエクスポートです。「{page}」ページでインポートしてください。',
  'msg.fileRefused.oneCompetency':
    'ポートフォリオではなく、1つのコンピテンシーの回答です。そのコンピテンシーのページでインポートしてください。',
  'msg.fileRefused.oneCompetency.named':
    'ポートフォリオではなく、{title}のみの回答です。{title}のページでインポートしてください。',
  'msg.fileRefused.otherCompetency': '{title}ではなく、別のコンピテンシーの回答です。',
  'msg.fileRefused.otherCompetency.named': '{title}ではなく、{other}の回答です。',
  'msg.otherRules':
    'これらの回答はこのページとは異なるルールで入力されたため、このページのルールで採点しています。',
  'msg.otherRules.named':
    '{title}：これらの回答はこのページとは異なるルールで入力されたため、このページのルールで採点しています。',
  'msg.sameAnswers': 'これらの回答はご自身の回答と同じです。',
  'msg.using': 'これらの回答を使うと、{changes}。',
  'msg.using.named': '{title}：これらの回答を使うと、{changes}。',
  'msg.changes': '{fields}が変わります',
  'msg.clears': '{fields}が空欄になります（これらの回答では未入力のため）',
  'msg.changesAndClears': '{changes}。また、{clears}',
  'msg.imported': '{file}から回答をインポートしました。',
  'msg.replaced.changed': '変更：{fields}。',
  'msg.replaced.cleared': '消去：{fields}。',
  'msg.reset.none': '{title}には消去する回答がありません。',
  'msg.reset.question':
    '{title}のすべての回答（{fields}）をこのブラウザから消去しますか？回答が再び置き換えられるまでは、元に戻せます。',
  'msg.cleared': '回答を消去しました。',
  'msg.cleared.named': '回答を消去しました：{fields}。',
  'msg.undo.shared': '共有された回答の使用を取り消す',
  'msg.undo.imported': 'インポートを取り消す',
  'msg.undo.reset': 'リセットを取り消す',
  'msg.undo.portfolio': '共有されたポートフォリオの使用を取り消す',
  'msg.undone': '元に戻しました。以前の回答が復元され、その後に変更した内容は変更したとおりに残ります。',
  'msg.unticks_one': 'このポートフォリオに含まれない{titles}のチェックを外します。回答は保存されたままです。',
  'msg.unticks_other':
    'このポートフォリオに含まれない{titles}のチェックを外します。回答は保存されたままです。',
  'msg.setsContext': 'ビジネスモデルと地域を{context}に設定します。',
  'msg.attention_one': '{fields}を確認してください。修正するか消去するまで、集計されません。',
  'msg.attention_other': '{fields}を確認してください。修正するか消去するまで、集計されません。',
  'msg.number.question': '{label}：{first}と{second}のどちらの意味ですか。',
  'msg.number.form': '{label}：{hint}。',
  'msg.number.aboveScale': '{label}：{figure}は尺度の上限を超えています。{hint}。',
  'msg.number.belowScale': '{label}：{figure}は尺度の下限を下回っています。{hint}。',
  'msg.number.fraction': '{label}：{figure}は整数ではありません。{hint}。',
  'msg.number.tooLarge': '{label}：数値が大きすぎます。入力できる最大値は{max}です。',
  'msg.number.currency': '{label}：この項目には{currency}ではなく{unit}の金額を入力します。{hint}。',
  'msg.number.hint': '{what}を入力してください（例：{examples}）',
  'msg.number.what.number': '{min}以上の数値',
  'msg.number.what.whole': '{min}以上の整数',
  'msg.number.what.scale': '{min}～{max}の数値',
  'msg.number.what.wholeScale': '{min}～{max}の整数',
  'msg.number.what.percent': '{min}以上のパーセント値',
  'msg.number.what.amount': '{min}以上の{unit}建ての金額',
  'msg.number.examples.whole': '3、1,200',
  'msg.number.examples.scale': '{dot}、{comma}',
  'msg.number.examples.percent': '12.5、12.5%',
  'msg.number.examples.amount': '185000、185,000、18.5万、185,000.50',
  'msg.scoringUnavailable':
    '採点機能を読み込めなかったため、今回は採点も保存も行われていません。接続を確認してから再試行するか、ページを再読み込みしてください。以前に保存した内容は変わりません。',
  'msg.notLoadedYet': 'ページの読み込みが完了すると、数値が採点され、保存されます。',
  'msg.updatedFromTab': '別のタブで保存された回答で表示を更新しました。',
  'msg.choiceFromTab': '別のタブでの操作により、選択したコンピテンシーが更新されました。',
  'msg.ownContext_one':
    '{titles}は、回答とともに保存されたビジネスモデルと地域を使用します。変更は各コンピテンシーのページで行ってください。',
  'msg.ownContext_other':
    '{titles}は、回答とともに保存されたビジネスモデルと地域を使用します。変更は各コンピテンシーのページで行ってください。',
  'msg.scoredFor': '{region}の{model}として採点しています。',
  'msg.scoredFor.own': '回答とともに保存されたとおり、{region}の{model}として採点しています。',
  'msg.context': '{region}の{model}',
  'msg.fromFile':
    'これらの回答は{file}から読み込んだもので、ここに表示されているだけです。代わりにこれらを使わない限り、保存済みのご自身の回答はそのまま残ります。',
  'msg.fromFile.unnamed':
    'これらの回答は選択したファイルから読み込んだもので、ここに表示されているだけです。代わりにこれらを使わない限り、保存済みのご自身の回答はそのまま残ります。',
  'msg.shownNotSaved.link':
    '共有された回答：共有リンクで受け取ったもので、このブラウザに保存されている回答ではありません。',
  'msg.shownNotSaved.file':
    'インポートした回答：ファイルから読み込んだもので、このブラウザに保存されている回答ではありません。',
  'msg.usedShared': '共有された回答が、保存済みの回答になりました。',
  'msg.usedShared.framed':
    '共有された回答を、このページ上でのみご自身の回答として表示しています。何も保存されていません。',
  'msg.keptOwn.shared': 'ご自身の回答を再表示しました。共有された回答は保存されていません。',
  'msg.keptOwn.imported': 'ご自身の回答を再表示しました。インポートした回答は保存されていません。',
  'msg.emptyPlan.none':
    'アクションプランをエクスポートするには、少なくとも1つのコンピテンシーの要件に回答してください。',
  'msg.emptyPlan.done':
    'エクスポートする内容がありません。回答したすべてのコンピテンシーが最上位レベルに達しているか、採点対象のビジネスモデルと地域では提供されていません。',
  'msg.framed':
    'このページは別のWebサイト内に表示されているため、このブラウザに保存された回答を表示も変更もしません。ここでのクリックが、そのWebサイトを対象としたものである可能性があるためです。',
  'msg.framed.link': 'このページを別のタブで開く',
  'msg.storage.blocked':
    'このブラウザでは保存が許可されていません。回答はエクスポートするまで、このタブの中にのみ保持されます。',
  'msg.storage.read':
    'このブラウザに保存されている内容を読み取れなかったため、上書きしません。回答はエクスポートするまで、このタブの中にのみ保持されます。',
  'msg.storage.write':
    'ブラウザが保存を拒否しました。回答はエクスポートするまで、このタブの中にのみ保持されます。',
  'msg.saved.read':
    'このブラウザに保存されている内容を読み取れなかったため、そのままにしています。入力した内容は、エクスポートするか回答をリセットするまで、このタブの中にのみ保持されます。',
  'msg.saved.unreadable':
    'このブラウザに保存されている回答を読み取れなかったため、そのままにしています。入力した内容は、エクスポートするか回答をリセットするまで、このタブの中にのみ保持されます。',
  'msg.saved.newer':
    'このブラウザに保存されている回答は新しいバージョンのサイトで作成されたため、そのままにしています。入力した内容は、エクスポートするか回答をリセットするまで、このタブの中にのみ保持されます。',
  'more.downloadSaved': '保存データをダウンロード',
  'more.rescored': '保存済みの回答を再採点しました。',
  'msg.clearRefused':
    'ブラウザが保存済みの回答の消去を拒否しました。回答はこのブラウザに保存されたままで、ページを再読み込みすると再び表示されます。',
  'msg.clearedInTab': '別のタブで回答が消去されました。今後入力した内容のみが保存されます。',
  'msg.unreadable_one':
    '{titles}の保存済みの回答を読み取れなかったため、そのままにしています。該当するコンピテンシーについて入力した内容は、エクスポートするか、各コンピテンシーのページで回答をリセットするまで、このタブの中にのみ保持されます。',
  'msg.unreadable_other':
    '{titles}の保存済みの回答を読み取れなかったため、そのままにしています。該当するコンピテンシーについて入力した内容は、エクスポートするか、各コンピテンシーのページで回答をリセットするまで、このタブの中にのみ保持されます。',
  'shared.yourSituation': '自社の状況',
  'shared.printHead': '{what}（{situation}）、{day}印刷。',
  'shared.linkLabel': '共有するには、このリンクをコピーしてください：',
  'shared.fromLink':
    'これらの回答は開いたリンクに含まれていたもので、ここに表示されているだけです。代わりにこれらを使わない限り、保存済みのご自身の回答はそのまま残ります。',
  'shared.use': 'これらの回答を使う',
  'shared.keep': '自分の回答のままにする',
  'shared.readAs': '読み取り値：',
  'more.viewingShared': '共有された回答を表示中',
  'more.viewingImported': 'インポートした回答を表示中',
  'more.reportHead': '{competency}のセルフアセスメント',
  'more.rulesVersion': 'ルールバージョン{version}',
  'field.needs': '必要条件',
  'field.evidence': 'エビデンス：',
  'more.of': '{reached}/{target}',
  'more.se.legend': '{designation}の要件',
  'more.se.lead': '{summary}これらの回答は、このブラウザ内で{designation}のページと共有されます。',
  'more.se.missing': '{progress}。まだ不足している項目：',
  'more.clear': '回答を消去',
  'more.cancel': 'キャンセル',
  'more.nothingToExport': 'エクスポートする内容がありません：{why}',
  'more.announced.heading': '{date}からのルールでの結果',
  'more.announced.current': '現行のルールでの結果：',
  'more.rescore.changed': '変更点：',
  'more.rescore.same': '判定に変更はありません。',
  'more.rescore.achieved': '達成レベル：{before} → {after}',
  'more.rescore.requirement': '{requirement}（{level}）：{before} → {after}',
  'more.rescore.none': 'なし',
  'status.met': '達成',
  'status.partial': '一部達成',
  'status.unmet': '未達成',
  'status.unanswered': '未回答',
  'state.met': '達成',
  'state.partial': '一部達成',
  'state.unmet': '未達成',
  'state.unanswered': '未回答',
  'state.absent': '対象外',
  'feed.title': 'コンピテンシーカタログ：ルールの変更',
  'feed.subtitle':
    'このカタログのコンピテンシールールに対する変更の例と、発表済みの変更を、新しい順に掲載しています。',
  'feed.entry': '{competency}：ルールバージョン{version}',
  'feed.entry.first': '{competency}：初版のルール（バージョン{version}）',
  'feed.entry.announced': '{competency}：ルールバージョン{version}を発表（{date}から適用）',
  'feed.mark': '（例示：掲載例であり、プログラムが公表した変更ではありません。）',
  'portfolioPage.description':
    'すべてのコンピテンシーをまとめて、自社のコンピテンシーレベルがこのサイトの例示ティアのどれに相当するか、また次のティアに届くために最低限必要な追加のレベルを確認できます。',
  'portfolioPage.lead':
    '保有している、または取得を目指しているコンピテンシーにチェックを入れて数値を入力すると、自社のレベルがこのサイトの例示ティアのどれに相当するか、次のティアに何が不足しているかを確認できます。',
  'portfolioPage.noscript.heading': 'JavaScriptを使用しない場合',
  'portfolioPage.noscript':
    'ポートフォリオの集計はブラウザ上で動作するため、JavaScriptが必要です。代わりに、各コンピテンシーのページに印刷用の要件チェックリストがあります。満たしている要件を記入し、下の例示ティアと照らし合わせて数えてください。',
  'portfolioPage.checklist': '{competency}のチェックリスト',
  'portfolioPage.how.heading': '集計の仕組み',
  'portfolioPage.how':
    '各コンピテンシーは、それぞれのページとまったく同じように、自社のビジネスモデルと地域に基づいて採点されます。ここで入力した回答はそのページに表示される回答と同じで、その逆も同様です。このサイトでは、あるレベルのすべての要件を満たした時点で、そのコンピテンシーが数えられます。',
  'portfolioPage.tiers.caption': '各例示ティアの条件',
  'portfolioPage.tiers.tier': 'ティア',
  'portfolioPage.tiers.needed': '必要なコンピテンシー',
  'portfolioPage.designationApart':
    '概要資料には、ティアにどのように数えられるかが記載されていないため、集計ではティアとは別に表示しています。',
  'changes.title': 'ルールの変更点',
  'changes.description':
    'このカタログの例示コンピテンシールールに対するすべての変更を、導入されたバージョンとコンピテンシーへのリンクとともに、新しい順に掲載しています。',
  'changes.feedTitle': 'コンピテンシールールの変更',
  'changes.lead':
    'このサイトでは、各コンピテンシーのルールにバージョンが付いています。要件が変わるとバージョンが上がり、その変更が新しい順にここに掲載されます。後日の適用が発表された変更は先頭に表示されます。{feed}を使うと、フィードリーダーで変更を追跡できます。',
  'changes.lead.feed': 'Atomフィード',
  'changes.announced': '発表済み',
  'changes.announced.lead':
    '後日適用されるルールです。それまではコンピテンシーは現行のルールで評価され、そのページには両方のルールでの結果が表示されます。',
  'competency.title': '{competency}コンピテンシー',
  'competency.glance': 'サマリー',
  'competency.rules': 'ルール',
  'competency.requirements': '要件',
  'competency.requirements.lead':
    'ビジネスモデルと地域を一度選ぶと、各要件について、各レベルで求められる内容、自社の数値、その達成状況が表示されます。回答はこのブラウザ内にとどまります。',
  'competency.explorer': 'ほかの選択での違い',
  'competency.explorer.lead':
    'ビジネスモデル、地域、レベルを選ぶと、このカタログの例示ルールで求められる内容と、もう一方のビジネスモデルや別のレベルでは何が変わるかを正確に確認できます。',
  'competency.matrix.lead': '各表は、1つのレベルで求められる内容をビジネスモデルごとに並べて示しています。',
  'competency.matrix.carries':
    'このサイトの例示ルールでは、上位のレベルは下位のレベルで求められる内容もすべて求めます。「〜から継承」と表示されたセルは、下位のレベルの要件を再掲したものです。',
  'competency.regions': '提供地域',
  'untranslated.page': 'このページはまだ翻訳されていないため、英語で表示しています。',
  'untranslated.parts': 'このページの一部はまだ翻訳されていないため、英語で表示しています。',
  'plan.column.competency': 'コンピテンシー',
  'plan.column.level': 'レベル',
  'plan.column.businessModel': 'ビジネスモデル',
  'plan.column.region': '地域',
  'plan.column.rulesVersion': 'ルールバージョン',
  'plan.column.rules': 'ルール',
  'plan.column.exportDate': 'エクスポート日',
  'plan.column.requirement': '要件',
  'plan.column.status': 'ステータス',
  'plan.column.figure': '貴社の数値',
  'plan.column.threshold': '基準値',
  'plan.column.unit': '単位',
  'plan.column.gap': '不足分',
  'plan.column.missing': '不足している内容',
  'plan.column.evidence': 'エビデンス',
  'plan.column.help': 'ヘルプ',
  'plan.column.owner': '担当者',
  'plan.column.dueDate': '期日',
  'plan.column.illustrative': '例示',
  'overview.designation.or': 'または',
  'overview.findOutMore':
    'ご利用いただけるコンピテンシーについて、プログラムの概要資料が案内している参照先は1か所だけです。パートナーポータルであるPartnerNetにサインインし、「Programs」ページでコンピテンシー一覧を開いてください。',
  'overview.tiers':
    '概要資料によると、複数のコンピテンシーで上位のステータスを持つパートナーは、プログラムのティアを上がり、より多くの特典を得ることができるようになります。概要資料には、具体的なティアもそのルールも示されていません。',
  'overview.businessModels':
    '概要資料によると、各ビジネスモデルはコンピテンシーの認定要件においても言及される場合があります。そのため、要件はビジネスモデルによって異なることがあります。',
  'overview.regions':
    '概要資料によると、各コンピテンシーの提供状況は地域によって異なる場合があります。具体的な地域は示されていません。',
  'overview.levels':
    '概要資料では、コンピテンシーのレベルとしてPrincipalとExpertの2つが説明されています。その暫定認定であるServices Expertは、Expertレベルのサービスを認めるもので、このサイトではExpertレベルのみで表示しています。',
  'overview.designation':
    '概要資料はこの認定を{model}のExpertレベルに結び付けており、その保有者は同レベルの{waives}要件を満たしていません。ただし、この認定が同レベルに代わるものだとは述べていません。これは暫定認定であり、{until}使用されます。',
  'faq.title': 'パートナーからのよくある質問',
  'faq.description':
    'コンピテンシーの申請、エビデンスの確認、更新、担当者の異動、複数地域での活動、Services Expertの今後、問い合わせ先について、プログラムの概要資料に書かれていることと書かれていないことをまとめています。',
  'faq.lead': 'ルールを読んだ後にすべきことと、各ステップについてわかっていること、わかっていないことです。',
  'faq.toc': '質問',
  'faq.howToApply.question': 'コンピテンシーはどのように申請しますか？',
  'faq.howToApply.answer': '概要資料には申請方法が記載されていません。{findOutMore}',
  'faq.howToApply.onThisSite':
    'このサイトでは、各コンピテンシーのページに、お客様のビジネスモデルに応じた要件の例を示しています。そのセルフアセスメントでは、それらの要件に対してまだ不足している点と、それぞれの裏付けとなり得るエビデンスを一覧にします。',
  'faq.whereToApply.question': 'プログラム自体の要件はどこで確認できますか？',
  'faq.whereToApply.answer':
    'このカタログが基にしている概要資料には数値が示されていないため、ここに表示している数値は例です。{findOutMore}',
  'faq.validation.question': 'エビデンスは誰が確認し、どのくらい時間がかかりますか？',
  'faq.validation.answer':
    '概要資料には、エビデンスを誰がどのように確認するかは書かれていません。Expertレベルについては、ソリューション分野で検証された熟練度と説明されています。このサイトでは、各要件に、それを裏付け得るエビデンスの例（試験の合格証、リファレンスの連絡先、アンケート結果など）を挙げています。',
  'faq.validation.time': '概要資料には審査期間も示されていません。このようなルールの一例：{example}。',
  'faq.validation.example': '申請書類がすべてそろってから30日以内に決定',
  'faq.renewal.question': 'コンピテンシーの有効期間と更新方法を教えてください。',
  'faq.renewal.answer': '概要資料には記載がありません。このようなルールの一例：{example}。',
  'faq.renewal.example': '有効期間は12か月で、その時点の要件を改めて満たすことで更新',
  'faq.staff.question': '認定資格を持つ担当者が退職した場合はどうなりますか？',
  'faq.staff.answer':
    'このサイトのルール例では、試験の要件は合格者の人数で数えるため、退職によってレベルの要件を満たさなくなることがあります。概要資料には猶予期間についての記載がありません。一例：{example}。不足を確認するには、セルフアセスメントを更新してください。',
  'faq.staff.example': '後任者の認定取得までに90日の猶予を設け、その後にレベルを見直す',
  'faq.regions.question': '複数の地域で活動しています。どのルールが適用されますか？',
  'faq.regions.answer':
    '概要資料によると、各コンピテンシーの提供状況は地域によって異なる場合があります。このサイトで、どのコンピテンシーがどの地域で提供されているかは例です。{findOutMore}',
  'faq.regions.several':
    '複数の地域で活動するパートナーの扱いについて、概要資料には記載がありません。考えられるルールの一例：{example}。',
  'faq.regions.example': '地域ごとに、その地域の数値で評価',
  'faq.servicesExpert.question': 'Influencer Partner Programの開始後、Services Expertはどうなりますか？',
  'faq.servicesExpert.answer':
    'Services Expertは、Expertレベルのサービスを提供しながらIntegrateのExpertレベルの売上要件に届かないMaster Specialistパートナーのための暫定認定です。Influencer Partner Programが開始されるまで使用されますが、その後に何が代わるのか、保有者がどのように移行するのかは、概要資料には書かれていません。',
  'faq.distributors.question': 'ディストリビューターの場合、どのプログラムが対象ですか？',
  'faq.distributors.answer':
    '別途Distributor Partner Programが発表されています。プログラムは、チャネルパートナーの移行が完了した時点でこれを開始する予定で、ディストリビューターには詳細を検討し自社の移行を計画するための十分な時間を設けるとしています。詳細は今後発表されると概要資料に書かれています。',
  'faq.howScored.question': 'セルフアセスメントでは、数値をどのように採点しますか？',
  'faq.contacts.question': '問い合わせ先はどこですか？',
  'faq.contacts.answer':
    '概要資料には問い合わせ先が記載されていません。{findOutMore}このカタログはフレームワークの解説であり、プログラムの公式な窓口ではないため、数値や申請について確認することはできません。',
  'home.description':
    'Partner Programのコンピテンシーとは何か、PrincipalとExpertの2つのレベルと2つのビジネスモデルを、要件の例とティアの例とともに紹介します。',
  'home.heading': 'パートナーコンピテンシーをわかりやすく',
  'home.lead':
    'Partner Programのコンピテンシーのガイドです。各コンピテンシーが何を認定するのか、そしてお客様のビジネスモデルと地域で各レベルに何が求められる可能性があるのかを、数値の例とともに説明します。',
  'home.browseAll_one': '{count}件のコンピテンシーと認定をすべて見る',
  'home.browseAll_other': '{count}件のコンピテンシーと認定をすべて見る',
  'home.what': 'コンピテンシーとは',
  'home.what.recognises':
    'コンピテンシーは、特定のソリューション分野またはデリバリー分野で熟練度を示すパートナーを認定するものです。このフレームワークは従来のSpecializationモデルから発展したもので、パートナーがそこで積み重ねてきた投資を生かせるようになっています。',
  'home.what.shows':
    'コンピテンシーを保有していると、パートナーは、顧客固有のビジネス課題に取り組むための知見、経験、専門知識を備えていることを顧客に示しやすくなります。',
  'home.why': 'コンピテンシーのメリット',
  'home.why.benefits':
    'プログラムは、金銭的な特典やその他の報奨をコンピテンシーに結び付けており、取得した認定、実績、顧客リファレンスと顧客満足度の要件の達成に基づいて付与します。',
  'home.levels': '2つのレベル',
  'home.models': '2つのビジネスモデル',
  'home.models.lead':
    '{overview}このサイトでは、各コンピテンシーの要件の例をビジネスモデルごとに設定しています。',
  'home.tiers': '上位ティアへの道筋',
  'home.tiers.lead': '{overview}以下のティアと、各ティアに必要なものは、このサイトの例です。',
  'home.tiers.more': 'レベル、ティア、プログラムについて詳しく',
  'home.start': '現在の状況を確認する',
  'home.start.lead':
    'カタログでコンピテンシーを選ぶと、お客様のビジネスモデルと地域に応じた、このサイトの要件の例が表示されます。それをお手元のトレーニング記録、売上、リファレンスと比べてみてください。',
  'home.start.link': 'コンピテンシーカタログへ',
  'program.title': 'プログラムの仕組み',
  'program.description':
    'Partner Programのコンピテンシーのレベルとビジネスモデル、ティアの例、暫定認定Services Expert、発表済みのDistributor Partner Program、このサイトの地域について説明します。',
  'program.lead':
    'このページでは、Partner Programのうちコンピテンシーに関わる部分を説明します。レベル、ビジネスモデル、ティア（名称とルールは例）、そして今後予定されていることです。',
  'program.toc': 'このページの内容',
  'program.levels': 'レベル',
  'program.levels.asks': '一般的に求められるもの：',
  'program.asks.principal.training': 'その分野の基礎トレーニング',
  'program.asks.principal.exams': '必要な試験',
  'program.asks.principal.revenue': '定められた売上目標',
  'program.asks.principal.references': '顧客リファレンス',
  'program.asks.expert.proficiency': 'その分野で検証された熟練度',
  'program.asks.expert.targets': 'より高い売上目標と成長目標',
  'program.asks.expert.references': '顧客リファレンス',
  'program.asks.expert.satisfaction': '顧客満足度',
  'program.models': 'ビジネスモデル',
  'program.models.lead':
    '{overview}このサイトのルール例では、ビジネスモデルごとに異なる要件を定め、一部のコンピテンシーは一方のビジネスモデルでのみ提供しています。',
  'program.tiers': 'ティア',
  'program.tiers.lead':
    '{overview}以下のティア、各ティアに必要なもの、各ティアで得られるものは、このサイトの例です。',
  'program.tiers.caption': 'ティアの例と、各ティアに必要なコンピテンシー',
  'program.tiers.tier': 'ティア',
  'program.tiers.needs': '必要なもの',
  'program.tiers.benefits': '特典',
  'program.servicesExpert': 'Services Expert',
  'program.servicesExpert.heading': 'Services Expert：暫定認定',
  'program.servicesExpert.none': '現在、プログラムに暫定認定はありません。',
  'program.distributors': 'ディストリビューター',
  'program.distributors.heading': 'Distributor Partner Program',
  'program.distributors.lead':
    'ディストリビューター向けの別プログラムが発表されています。概要資料によると、詳細は今後数か月のうちに発表される予定です。プログラムは、より予測しやすく安定した関係を提供するため、チャネルパートナーの移行が完了した時点でこれを開始する予定です。ディストリビューターには、詳細を検討し自社の移行を計画するための十分な時間が約束されています。',
  'program.scoring': 'セルフアセスメントの採点方法',
  'program.nextSteps': '次のステップ',
  'program.nextSteps.lead':
    '{overview}申請、エビデンスの確認、更新についてわかっていること、わかっていないことは、「{faq}」にまとめています。このサイトのどの内容が出典に基づき、どの内容が例なのかは、「{sources}」で説明しています。',
  'program.nextSteps.faq': 'パートナーからのよくある質問',
  'program.nextSteps.sources': '数値の出典について',
  'program.regions': '地域',
  'program.regions.lead_one':
    '{overview}このサイトでは、プログラムの市場を独自の{count}つの地域に分けています。各コンピテンシーのページでは、このカタログのルール例でどの地域に提供されているかを示しています。',
  'program.regions.lead_other':
    '{overview}このサイトでは、プログラムの市場を独自の{count}つの地域に分けています。各コンピテンシーのページでは、このカタログのルール例でどの地域に提供されているかを示しています。',
  'sources.title': '数値の出典について',
  'sources.description':
    'コンピテンシーカタログのどの事実がプログラムのコンピテンシー概要資料に基づき、どの値が例なのか、そして例をプログラムの実際の数値に置き換える方法を説明します。',
  'sources.lead':
    'このカタログは、数値を示していないプログラムの公開コンピテンシー概要資料をもとにフレームワークを説明し、不足する部分を例で補っています。例にはそれぞれアスタリスクを付けています。{overview}',
  'sources.sourced': 'プログラムの概要資料に基づく内容',
  'sources.sourced.competencies':
    'コンピテンシーは、ソリューション分野またはデリバリー分野での熟練度を認定するものであり、Specializationモデルから発展したものであること、そして金銭的な特典や報奨がコンピテンシーに結び付けられていること。',
  'sources.sourced.levels': 'PrincipalとExpertの2つのレベルと、それぞれに求められることの概要。',
  'sources.sourced.models':
    'IntegrateとResellの2つのビジネスモデル、それぞれが一般的に行うこと、そしてビジネスモデルがコンピテンシーの認定要件において言及される場合があること。',
  'sources.sourced.areas':
    '12の分野。Services ExpertはInfluencer Partner Programの開始までの暫定認定であること。',
  'sources.sourced.regionsTiers':
    '各コンピテンシーの提供状況は地域によって異なる場合があること、そして複数のコンピテンシーで上位のステータスを持つパートナーはプログラムのティアを上がることができるようになること。',
  'sources.sourced.distributors':
    'Distributor Partner Programが発表されていること、そしてパートナーはPartnerNetの「Programs」ページにあるコンピテンシー一覧で、利用できるコンピテンシーについて詳しく知ることができること。',
  'sources.sourced.notNamed':
    '概要資料には地域もティアも示されていません。4つの地域はこのサイト独自の区分であり、その旨を明記しています。ティアの名称、各ティアに必要なもの、各ティアで得られるものは例であり、マークを付けています。',
  'sources.illustrated': '例である内容',
  'sources.illustrated.lead':
    'それ以外のすべてです。すべてのしきい値（コース、試験、売上、成長、リファレンス、満足度）、すべてのエビデンスのルールとその説明、どのコンピテンシーがどの地域・どのビジネスモデルで提供されるか、ティアの名称・必要数・特典、ルールバージョンと日付、変更履歴のすべて、そしてこれらから算出した件数が該当します。ページでは、これらの値にそれぞれアスタリスクを付け、スクリーンリーダーではその後に「{markName}」と読み上げられます。アクションプランのCSVでは、最後の列「{column}」に、例を含む列の名前を記載しています。',
  'sources.replace': '例を実際の値に置き換える',
  'sources.replace.lead': 'このサイトの運営者向けに、プログラムの数値が手に入ったときの手順です。',
  'sources.replace.edit':
    '{competencies}にあるコンピテンシーのファイル（またはティアの場合は{tiers}にあるファイル）を、直接、または{admin}のブラウザーエディターで編集します。',
  'sources.replace.write':
    '実際の値を入力し、その{provenance}を{source}に設定します。対象は、要件の{threshold}または{evidence}、コンピテンシーの{regions}、{businessModels}または{version}、ティアの{title}、{needs}または{benefits}、変更履歴のエントリーの{provenance}です。',
  'sources.replace.policy':
    'プログラムがある種類の数値を公開するようになった場合は、{file}の{policy}からその種類を削除します。それまでは、チェックによってその種類の{source}は拒否されます。',
  'sources.replace.version':
    '変更履歴のエントリーを追加してルールバージョンを上げ、{check}と{lock}を実行します。出典情報のない値があれば、チェックがそのファイル、行、フィールドを示します。',
  'sources.replace.then':
    'これで、その値のマークはすべてのページ、セルフアセスメント、エクスポートから消えます。「{faq}」もあわせてご覧ください。',
  'sources.replace.faq': 'パートナーからのよくある質問',
  'search.title': '検索',
  'search.description':
    'コンピテンシーカタログを検索できます：コンピテンシー、要件、レベル、ビジネスモデル、プログラムの用語。',
  'search.form.label': 'カタログ',
  'search.results.none':
    '「{query}」に一致する結果はありません。別の語句で検索するか、カタログを参照してください。',
  'search.results_one': '「{query}」の検索結果：{count}件。',
  'search.results_other': '「{query}」の検索結果：{count}件。',
  'search.failed': '検索を読み込めませんでした。ページを再読み込みして、もう一度お試しください。',
  'search.noscript':
    '検索はブラウザ上で動作するため、JavaScriptが必要です。JavaScriptを使用しない場合は、{competencies}の一覧や{compare}をご覧いただくか、{program}をお読みください。',
  'search.noscript.competencies': 'すべてのコンピテンシー',
  'search.noscript.compare': 'コンピテンシーの並列比較',
  'search.noscript.program': 'プログラムの仕組み',
  'search.box.label': 'サイト内',
  'search.field.label': 'カタログを検索',
  'search.field.placeholder': 'コンピテンシーを検索',
  'search.submit': '検索',
  'notFound.title': 'ページが見つかりません',
  'notFound.description': 'お探しのページはコンピテンシーカタログにありません。',
  'notFound.lead':
    'このアドレスにはページがありません。ページが移動したか、リンクに誤りがある可能性があります。',
  'notFound.browse': 'すべてのコンピテンシーを見る',
  'notFound.program': 'プログラムの仕組みを読む',
  'notFound.home': '概要ページへ移動',
} as const;
