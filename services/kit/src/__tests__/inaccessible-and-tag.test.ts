import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureGateway, type FixtureGateway } from './fixtures/gateway.js';
import { directivesOn } from './fixtures/sdl.js';

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway();
});
afterAll(() => gateway.stop());

describe('@inaccessible', () => {
  it('keeps the field in the supergraph', () => {
    expect(directivesOn(gateway.supergraphSdl, 'County.code2018')).toEqual([
      '@inaccessible',
      '@join__field(graph: DIVISIONS)',
    ]);
  });

  it("hides the field from the gateway's API schema", async () => {
    const result = await gateway.query('{ __type(name: "County") { fields { name } } }');
    const fields = (result.data as { __type: { fields: { name: string }[] } }).__type.fields.map((f) => f.name);

    expect(fields).toContain('code');
    expect(fields).not.toContain('code2018');
  });

  it('refuses a query that asks for it, before any subgraph is called', async () => {
    const result = await gateway.query('{ counties { name code2018 } }');

    expect(result.errors).toEqual([expect.stringContaining('Cannot query field "code2018" on type "County"')]);
    expect(result.calls).toEqual([]);
  });
});

describe('@tag', () => {
  it('carries the tags of types and fields into the supergraph', () => {
    expect(directivesOn(gateway.supergraphSdl, 'County')).toContain('@tag(name: "public")');
    expect(directivesOn(gateway.supergraphSdl, 'County.name')).toContain('@tag(name: "public")');
    expect(directivesOn(gateway.supergraphSdl, 'County.prefecture')).not.toContain('@tag(name: "public")');
  });
});
