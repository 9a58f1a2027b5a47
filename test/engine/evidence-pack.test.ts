import { describe, expect, test } from 'vitest';
import { evidencePack } from '../../src/engine/evidence-pack.ts';
import { rulesHash } from '../../src/engine/hash.ts';
import { emptyRecord } from '../../src/schemas/record.ts';
import { translator } from '../../src/text/text.ts';
import { catalogue, CREATED_AT, portfolioInput, portfolioPack } from '../helpers/evidence-pack.ts';
import { RECORD, TODAY } from '../helpers/record-fixture.ts';
import { countedPeople } from '../../src/engine/record-figures.ts';
import { canonicalJson } from '../../src/util/canonical-json.ts';

describe('evidencePack', () => {
  test('returns each figure with where it came from: typed over the record, the record, or nowhere', async () => {
    const pack = await portfolioPack({ archiving: { references: 3 } });

    expect(pack.body.sources['archiving']).toMatchObject({
      references: 'typed',
      revenue: 'record',
      satisfaction: 'unanswered',
    });
    expect(pack.body.answers['archiving']?.['references']).toBe(3);
  });

  test('returns the rules version and the content rules hash of every competency covered', async () => {
    const input = await portfolioInput();

    const pack = evidencePack(input);

    for (const rules of input.covered) {
      expect(pack.body.rulesVersion[rules.slug]).toBe(rules.version);
      expect(pack.body.rulesHash[rules.slug]).toBe(rulesHash(rules));
    }
    expect(pack.body).toMatchObject({
      format: 'competency-evidence-pack',
      v: 2,
      createdAt: CREATED_AT,
      scope: { kind: 'portfolio' },
      context: { day: TODAY, lang: 'en', businessModel: 'integrate', region: 'na' },
    });
  });

  test('returns the people behind the counts the verdicts use, with their passes and expiry days', async () => {
    const pack = await portfolioPack();

    expect(pack.body.people).toContainEqual({
      person: 'p4',
      label: 'DN',
      credential: 'c06',
      name: 'Archiving Technical Specialist',
      passed: '2025-05-20',
      expires: '2027-05-20',
      competency: 'archiving',
      requirement: 'technical-exam',
    });
  });

  test('leaves out the people behind a count typed over', async () => {
    const pack = await portfolioPack({ archiving: { 'technical-exam': 5 } });

    expect(
      pack.body.people.filter((p) => p.competency === 'archiving').map((p) => p.requirement),
    ).not.toContain('technical-exam');
  });

  test('returns the record’s evidence with its owner’s label, status and due day', async () => {
    const pack = await portfolioPack();

    expect(pack.body.evidence['gateway-security']).toEqual({
      'technical-exam': { owner: 'AK', status: 'doing', due: '2027-02-28', note: '', links: [] },
    });
  });

  test('returns the verdicts of each level and the tier the levels imply', async () => {
    const pack = await portfolioPack();

    const gateway = pack.body.verdicts.competencies['gateway-security'];
    expect(gateway?.achieved).toBe('expert');
    expect(gateway?.levels.map((l) => [l.level, l.state])).toEqual([
      ['principal', 'met'],
      ['expert', 'met'],
    ]);
    expect(pack.body.verdicts.tier).toBe('gold');
    expect(pack.tier).toEqual({ title: 'Gold', illustrative: true });
  });

  test('returns who entered the record’s entries behind a figure, when a colleague’s reply brought them', async () => {
    const input = await portfolioInput();
    const record = structuredClone(RECORD);
    const dana = { name: 'Dana (Finance)', at: '2026-12-01T10:00:00.000Z' };
    record.credentials['c06'] = { ...record.credentials['c06']!, by: dana };
    for (const id of ['b10', 'b11', 'b12', 'b13', 'b14', 'b15'])
      record.bookings[id] = { ...record.bookings[id]!, by: dana };
    const pack = evidencePack({
      ...input,
      record: { record, counted: countedPeople(record, input.covered, TODAY) },
    });

    expect(pack.body.enteredBy['archiving']).toEqual({
      'technical-exam': [dana],
      revenue: [dana],
      growth: [dana],
    });
    expect(pack.body.people.find((p) => p.credential === 'c06')?.by).toEqual(dana);
    expect(pack.body.people.find((p) => p.credential === 'c07')).not.toHaveProperty('by');
  });

  test('returns typed answers alone, no people and no evidence without a record', async () => {
    const input = { ...(await portfolioInput({ archiving: { references: 3 } })), record: null };

    const pack = evidencePack(input);

    expect(pack.body.answers['archiving']).toEqual({ references: 3 });
    expect(pack.body.people).toEqual([]);
    expect(pack.body.evidence).toEqual({});
    expect(pack.body.enteredBy).toEqual({});
  });

  test('returns the plan of what is still missing, with the record’s evidence owner', async () => {
    const input = await portfolioInput();
    const record = structuredClone(emptyRecord());
    record.people['p9'] = { label: 'ZZ' };
    record.evidence['e9'] = {
      competency: 'archiving',
      requirement: 'references',
      owner: 'p9',
      status: 'todo',
    };
    const pack = evidencePack({
      ...input,
      typed: { archiving: { references: 0 } },
      record: { record, counted: { competencies: {}, people: {}, over: {} } },
      t: translator('en'),
    });

    const row = pack.competencies
      .find((c) => c.rules.slug === 'archiving')
      ?.plan.find((r) => r.requirement === 'Customer references');
    expect(row).toMatchObject({ owner: 'ZZ', evidenceStatus: 'todo', figure: 0 });
  });

  test('returns a competency not offered on its business model with its status, no levels and no plan', async () => {
    const { all } = await catalogue();
    const input = await portfolioInput();
    const pack = evidencePack({
      ...input,
      covered: all.filter((c) => c.slug === 'services-expert'),
      own: { 'services-expert': { businessModel: 'resell', region: 'na' } },
    });

    const verdict = pack.body.verdicts.competencies['services-expert'];
    expect(verdict?.status).not.toBe('assessed');
    expect(verdict).toMatchObject({ achieved: null, levels: [] });
    expect(pack.competencies[0]?.plan).toEqual([]);
    expect(pack.body.evidence['services-expert']).toEqual({});
  });

  test('returns evidence without an owner, due day or note as empty, and only the links that are text', async () => {
    const input = await portfolioInput();
    const record = structuredClone(RECORD);
    record.evidence = {
      e1: {
        competency: 'archiving',
        requirement: 'references',
        owner: 'p-gone',
        status: 'ready',
        links: ['https://a.example/', 7 as unknown as string],
      },
      e2: { competency: 'archiving', requirement: 'revenue', status: 'todo' },
    };
    const pack = evidencePack({
      ...input,
      record: { record, counted: countedPeople(record, input.covered, TODAY) },
    });

    expect(pack.body.evidence['archiving']).toEqual({
      references: { owner: '', status: 'ready', due: '', note: '', links: ['https://a.example/'] },
      revenue: { owner: '', status: 'todo', due: '', note: '', links: [] },
    });
  });

  test('returns no tier when none is reached or none is given', async () => {
    const input = await portfolioInput({
      archiving: { 'sales-training': false },
      'gateway-security': { 'sales-training': false },
      'enterprise-backup-and-recovery': { 'sales-training': false },
    });

    const unreached = evidencePack({ ...input, tiers: input.tiers.filter((x) => x.needs.principal > 2) });
    const none = evidencePack({ ...input, tiers: [] });

    expect(unreached.body.verdicts.tier).toBeNull();
    expect(unreached.tier).toBeNull();
    expect(none.tier).toBeNull();
  });

  test('returns a pack without money figures that keeps every verdict a figure could not give back', async () => {
    const input = await portfolioInput({ archiving: { revenue: 60_000 } });

    const plain = evidencePack(input);
    const moneyless = evidencePack({ ...input, moneyless: true });

    const body = canonicalJson(moneyless.body);
    for (const figure of ['60000', '270000', '175000', '191.6'])
      expect(canonicalJson(plain.body)).toContain(figure);
    for (const figure of ['60000', '270000', '175000', '191.6']) expect(body).not.toContain(figure);
    for (const answers of Object.values(moneyless.body.answers)) {
      expect(answers).not.toHaveProperty('revenue');
      expect(answers).not.toHaveProperty('growth');
    }
    for (const [slug, verdict] of Object.entries(plain.body.verdicts.competencies)) {
      const kept = moneyless.body.verdicts.competencies[slug];
      expect(kept?.achieved, slug).toBe(verdict.achieved);
      for (const [i, level] of verdict.levels.entries())
        for (const [j, r] of level.requirements.entries())
          // A partly met money figure is kept as not met: how far it got would give the figure back.
          expect(kept?.levels[i]?.requirements[j]?.status, `${slug} ${r.id}`).toBe(
            r.status === 'partial' && ['revenue', 'growth'].includes(r.id) ? 'unmet' : r.status,
          );
    }
    expect(plain.body.withheld).toBeNull();
    expect(moneyless.body.withheld?.['gateway-security']).toEqual({
      revenue: { principal: 'met', expert: 'met' },
      growth: { expert: 'met' },
    });
    expect(moneyless.body.verdicts.tier).toBe(plain.body.verdicts.tier);
  });

  test('returns a plan without money figures when money figures are left out', async () => {
    const input = await portfolioInput({ archiving: { revenue: 60_000 } });

    const pack = evidencePack({ ...input, moneyless: true });

    const revenue = pack.competencies
      .flatMap((c) => c.plan)
      .filter((row) => /revenue/i.test(row.requirement));
    expect(revenue.length).toBeGreaterThan(0);
    for (const row of revenue) expect(row.figure).toBeNull();
    expect(JSON.stringify(pack.competencies.map((c) => c.plan))).not.toMatch(/60000|60,000/);
  });
});
