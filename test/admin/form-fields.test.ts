import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { ADMIN_COLLECTIONS, collectionFields, formSchema } from '../../src/admin/decap-config.ts';
import { defaultsOf, fieldFor, formLabel } from '../../src/admin/form-fields.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import { TierSchema } from '../../src/schemas/tier.ts';
import { formPaths, schemaPaths } from './field-paths.ts';

/** The fields of a form that are not in the schema, and the schema's fields missing from the form. */
function drift(schema: z.ZodType, form: ReturnType<typeof collectionFields>) {
  const fields = formPaths(form).filter((p) => p !== 'body');
  const wanted = schemaPaths(formSchema(schema));
  return {
    missingFromForm: wanted.filter((p) => !fields.includes(p)),
    notInSchema: fields.filter((p) => !wanted.includes(p)),
  };
}

describe('the generated form', () => {
  for (const collection of ADMIN_COLLECTIONS) {
    test(`has exactly the fields of the ${collection.name} schema`, () => {
      const form = collectionFields(collection.schema);

      expect(drift(collection.schema, form)).toEqual({ missingFromForm: [], notInSchema: [] });
    });
  }

  test('reports a field added to the schema only', () => {
    const form = collectionFields(TierSchema);
    const extended = TierSchema.extend({ tagline: z.string().optional() });

    expect(drift(extended, form)).toEqual({ missingFromForm: ['tagline'], notInSchema: [] });
  });

  test('reports a field added to the form only', () => {
    const form = collectionFields(TierSchema.extend({ motto: z.string() }));

    expect(drift(TierSchema, form)).toEqual({ missingFromForm: [], notInSchema: ['motto'] });
  });

  test('names the fields of each requirement kind apart', () => {
    const form = collectionFields(CompetencySchema);
    const wanted = schemaPaths(formSchema(CompetencySchema));

    expect(formPaths(form)).toEqual(expect.arrayContaining(wanted));
    expect(wanted).toContain('requirements.expert.resell[revenue].amount');
    expect(wanted).not.toContain('requirements.expert.resell[growth].amount');
  });

  test('rejects a schema field it has no form field for, naming the field', () => {
    const schema = formSchema(z.object({ limits: z.record(z.string(), z.number()) }));

    expect(() => fieldFor('limits', schema.properties!['limits']!, true, 'limits')).toThrow(
      'limits: no form field for an object without named fields yet',
    );
  });

  test('chooses each requirement kind from a typed list keyed by kind, with its own fields', () => {
    const requirements = collectionFields(CompetencySchema).find((f) => f.name === 'requirements');
    const list = requirements?.fields?.[0]?.fields?.[0];

    expect(list?.typeKey).toBe('kind');
    expect(list?.types?.map((t) => t.name)).toEqual([
      'training',
      'exam',
      'revenue',
      'growth',
      'references',
      'satisfaction',
      'status',
    ]);
    expect(list?.types?.find((t) => t.name === 'revenue')?.fields.map((f) => f.name)).toEqual([
      'id',
      'label',
      'evidence',
      'help',
      'weight',
      'provenance',
      'amount',
      'currency',
      'periodMonths',
    ]);
  });

  test('edits the counting rules of the kinds a partner record feeds, and where they come from', () => {
    const requirements = collectionFields(CompetencySchema).find((f) => f.name === 'requirements');
    const types = requirements?.fields?.[0]?.fields?.[0]?.types ?? [];
    const fieldsOf = (kind: string, name: string) =>
      types.find((t) => t.name === kind)?.fields.find((f) => f.name === name);

    expect(fieldsOf('exam', 'counting')?.fields?.map((f) => f.name)).toEqual([
      'validMonths',
      'onePersonOnce',
      'competenciesPerPerson',
    ]);
    expect(fieldsOf('exam', 'counting')?.required).toBe(false);
    expect(fieldsOf('references', 'counting')?.fields?.map((f) => f.name)).toEqual(['withinMonths']);
    expect(fieldsOf('revenue', 'counting')).toBeUndefined();
    expect(fieldsOf('training', 'provenance')?.fields?.map((f) => f.name)).toEqual([
      'threshold',
      'evidence',
      'counting',
    ]);
  });

  test('writes numbers as numbers and makes nothing required inside an optional block', () => {
    const fields = collectionFields(CompetencySchema);
    const order = fields.find((f) => f.name === 'order');
    const designation = fields.find((f) => f.name === 'designation');

    expect(order).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(designation?.required).toBe(false);
    expect(designation?.fields?.every((f) => f.required === false)).toBe(true);
  });
});

describe('defaultsOf', () => {
  test('returns the schema defaults the form widgets show, nested as the fields are', () => {
    expect(defaultsOf(collectionFields(CompetencySchema))).toEqual({
      status: 'active',
      expertIncludesPrincipal: true,
    });
    expect(defaultsOf(collectionFields(TierSchema))).toMatchObject({ needs: { principal: 0, expert: 0 } });
  });
});

describe('formLabel', () => {
  const data = {
    summary: 'Short',
    regions: [{ id: 'na' }],
    requirements: {
      expert: { integrate: [{ count: 3 }, { kind: 'revenue', label: 'Archiving revenue' }] },
    },
  };

  test('returns the field as the form labels it, a requirement by its summary in the list', () => {
    expect(formLabel('requirements.expert.integrate[1].amount', data)).toBe(
      'Requirements › Expert › Integrate › Archiving revenue (revenue) › Amount',
    );
    expect(formLabel('regions[0].id', data)).toBe('Regions › na › Id');
    expect(formLabel('expertIncludesPrincipal', data)).toBe('Expert includes principal');
  });

  test('returns the position of an item with nothing to name it by, and the whole entry for the file', () => {
    expect(formLabel('requirements.expert.integrate[0].count', data)).toBe(
      'Requirements › Expert › Integrate › item 1 › Count',
    );
    expect(formLabel('frontmatter', data)).toBe('The whole entry');
  });
});
