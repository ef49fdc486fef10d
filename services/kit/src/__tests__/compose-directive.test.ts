import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../federation/build-subgraph-schema.js';
import { compose, startFixtureGateway, type FixtureGateway } from './fixtures/gateway.js';
import { directiveDefinitions, directivesOn } from './fixtures/sdl.js';
import { statistics } from './fixtures/statistics.js';

let gateway: FixtureGateway;
beforeAll(async () => {
  gateway = await startFixtureGateway();
});
afterAll(() => gateway.stop());

const sampleLink = '@link(url: "https://fupin-graph.example/sample/v1.0", import: ["@sample"])';
const sampleUse = '@sample(source: "住户收支与生活状况调查 2018")';

describe('@composeDirective', () => {
  it("prints the department's link, composeDirective and directive definition into its subgraph SDL", () => {
    const sdl = gateway.subgraphs.find((s) => s.name === 'statistics')?.sdl ?? '';

    expect(sdl).toContain(sampleLink);
    expect(sdl).toContain('@composeDirective(name: "@sample")');
    expect(directiveDefinitions(sdl)).toContain('sample');
  });

  it("keeps the department's own directive, its definition and its link in the supergraph", () => {
    expect(directivesOn(gateway.supergraphSdl, 'schema')).toContain(sampleLink);
    expect(directiveDefinitions(gateway.supergraphSdl)).toContain('sample');
    expect(directivesOn(gateway.supergraphSdl, 'County.ruralIncomeYuan')).toContain(sampleUse);
  });

  it('is what keeps it: without composeDirectives the supergraph drops the directive', async () => {
    const { sdl } = await buildFederatedSchema({ ...statistics, composeDirectives: [] });
    const supergraphSdl = compose(gateway.subgraphs.map((s) => (s.name === 'statistics' ? { ...s, sdl } : s)));

    expect(directiveDefinitions(supergraphSdl)).not.toContain('sample');
    expect(directivesOn(supergraphSdl, 'County.ruralIncomeYuan')).not.toContain(sampleUse);
  });

  it('leaves the marked field working as any other', async () => {
    const result = await gateway.query('{ countiesByRuralIncome { name ruralIncomeYuan } }');

    expect(result.data).toEqual({
      countiesByRuralIncome: [
        { name: '监利市', ruralIncomeYuan: 15_200 },
        { name: '嘉鱼县', ruralIncomeYuan: 16_800 },
        { name: '枣阳市', ruralIncomeYuan: 18_400 },
      ],
    });
  });
});
