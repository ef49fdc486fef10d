// Fields that exist only so that the assessment can read other subgraphs' data through
// `@requires` (argument-free, "for @requires" in their description) are plumbing: the gateway may
// require them, but a client must neither query them nor find them in the IDE's documentation.
// Exposed, `County.peers` let an 80-character anonymous query nest 60 × 60 × 60 counties.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, isObjectType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const SUPERGRAPH = readFileSync(fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url)), 'utf8');
const api = Supergraph.build(SUPERGRAPH).apiSchema().toGraphQLJSSchema();
const full = buildSchema(SUPERGRAPH, { assumeValidSDL: true });

/** `Type.field` of every field of the supergraph that says it is there for `@requires`. */
function plumbingFields(): string[] {
  const found: string[] = [];
  for (const type of Object.values(full.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (/@requires/.test(field.description ?? '')) found.push(`${type.name}.${field.name}`);
    }
  }
  return found.sort();
}

describe('plumbing fields for @requires', () => {
  const plumbing = plumbingFields();

  it('are found by their description, the ones the hardening issue names among them', () => {
    expect(plumbing).toEqual(
      expect.arrayContaining([
        'County.peers',
        'County.assessmentInputs',
        'County.financeRuleResults',
        'County.transportRuleResults',
        'Prefecture.assessedCounties',
        'Province.assessedCounties',
      ]),
    );
  });

  it('are absent from the API schema the gateway serves', () => {
    const exposed = plumbing.filter((name) => {
      const [typeName, fieldName] = name.split('.') as [string, string];
      const type = api.getType(typeName);
      return isObjectType(type) && fieldName in type.getFields();
    });
    expect(exposed).toEqual([]);
  });

  it('make the nested-peers query invalid before it is planned', () => {
    const errors = validate(api, parse('{ counties { peers { peers { code assessment(year: 2019) { score } } } } }'));
    expect(errors.map((e) => e.message)).toContainEqual(expect.stringContaining('Cannot query field "peers"'));
  });
});
