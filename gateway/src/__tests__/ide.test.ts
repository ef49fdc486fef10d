import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import type { Listening } from '@fupin/kit';
import {
  extendSchema,
  Kind,
  parse,
  print,
  printSchema,
  validate,
  type FieldNode,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
  type OperationDefinitionNode,
  type TypeNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSchemaOf } from '../api-schema.js';
import { countTokens, DEFAULT_DEMAND_LIMITS, measureOperation, type DemandLimits } from '../demand-control.js';
import type { Gateway } from '../gateway.js';
import { countyPageExample, createIde, DEFAULT_IDE_QUERY, IDE_EXAMPLES, ideExamples, type IdeExample } from '../ide.js';
import { fixtureGateway, startFixtureFederation, type FixtureFederation } from './fixtures/federation.js';

/** The `src` and `href` of every element of the page. */
function referencedUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1] ?? '');
}

describe('the GraphiQL IDE', () => {
  let federation: FixtureFederation;
  let gateway: Gateway;
  let listening: Listening;

  beforeAll(async () => {
    federation = await startFixtureFederation();
    gateway = fixtureGateway(federation);
    await gateway.start();
    listening = await gateway.listen(0);
  });

  afterAll(async () => {
    await gateway?.stop();
    await federation?.stop();
  });

  it('is an HTML page at /', async () => {
    const response = await fetch(`${listening.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('GraphiQL.createFetcher');
    expect(html).toContain('"/graphql"');
  });

  it('references no URL outside the gateway, so it works with no internet', async () => {
    const html = await (await fetch(`${listening.url}/`)).text();
    expect(html).not.toMatch(/https?:\/\//i);
    const urls = referencedUrls(html);
    expect(urls).toHaveLength(4);
    for (const url of urls) expect(url).toMatch(/^\/ide\//);
  });

  it('serves every asset the page references, with its content type and a long cache', async () => {
    const html = await (await fetch(`${listening.url}/`)).text();
    const expectedType = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
    for (const path of referencedUrls(html)) {
      const response = await fetch(`${listening.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(
        path.endsWith('.css') ? expectedType.css : expectedType.js,
      );
      expect(response.headers.get('cache-control'), path).toContain('immutable');
      expect((await response.arrayBuffer()).byteLength, path).toBeGreaterThan(1000);
    }
  });

  it('loads React 18 before GraphiQL 3, as the UMD builds need', async () => {
    const html = await (await fetch(`${listening.url}/`)).text();
    const scripts = referencedUrls(html).filter((url) => url.endsWith('.js'));
    expect(scripts).toEqual([
      expect.stringMatching(/^\/ide\/react-18\.[\d.]+\/react\.production\.min\.js$/),
      expect.stringMatching(/^\/ide\/react-dom-18\.[\d.]+\/react-dom\.production\.min\.js$/),
      expect.stringMatching(/^\/ide\/graphiql-3\.[\d.]+\/graphiql\.min\.js$/),
    ]);
  });

  it("serves GraphiQL's source maps, which its bundles point to", async () => {
    const html = await (await fetch(`${listening.url}/`)).text();
    const bundle = referencedUrls(html).find((url) => url.endsWith('graphiql.min.js'));
    const response = await fetch(`${listening.url}${bundle}.map`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('opens with the default query across the graph', async () => {
    const html = await (await fetch(`${listening.url}/`)).text();
    expect(DEFAULT_IDE_QUERY).toContain('county(code: "421181")');
    expect(html).toContain(JSON.stringify(DEFAULT_IDE_QUERY));
  });

  it('shows the IDE to a browser that opens /graphql', async () => {
    const response = await fetch(`${listening.url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('GraphiQL.createFetcher');
  });

  it('still answers a GraphQL GET request at /graphql with JSON', async () => {
    const query = encodeURIComponent('{ county(code: "421181") { name } }');
    const response = await fetch(`${listening.url}/graphql?query=${query}`, {
      headers: { accept: 'application/graphql-response+json, application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { county: { name: '麻城市' } } });
  });

  it('does not serve files outside its own assets', async () => {
    const response = await fetch(`${listening.url}/ide/graphiql-3.8.3/package.json`);
    expect(response.status).toBe(404);
  });

  it('opens with a tab of examples for each kind of user, the county page built from its supergraph', async () => {
    const html = await (await fetch(`${listening.url}/`)).text();
    const examples = ideExamples(apiSchemaOf(federation.supergraphSdl));
    expect(examples.map((example) => example.audience)).toEqual([
      'everyone',
      'analyst',
      'data officer',
      'front-end team',
    ]);
    expect(html).toContain('defaultTabs:');
    for (const example of examples) {
      expect(html).toContain(JSON.stringify(example.query).replace(/</g, '\\u003c'));
    }
  });
});

/** The query's selections under `county(code:)`, as `field(arguments)` → the fields selected in it. */
function countySelections(query: string): { head: string; fields: string[] }[] {
  const operation = parse(query).definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const county = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === 'county');
  return ((county as FieldNode).selectionSet?.selections ?? []).flatMap((selection) =>
    selection.kind === Kind.FIELD
      ? [
          {
            head: print({ ...selection, selectionSet: undefined }),
            fields: (selection.selectionSet?.selections ?? []).map((s) => (s as FieldNode).name.value),
          },
        ]
      : [],
  );
}

/**
 * Worked out here apart from the gateway's code, from the printed SDL: the fields of `County`
 * taking `year: Int!` as their only required argument whose type has `sample` and `rules`, each
 * with its type's first `Float` field.
 */
function expectedViews(schema: GraphQLSchema): { field: string; headline: string | undefined }[] {
  const types = new Map(
    parse(printSchema(schema))
      .definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
  return (types.get('County')?.fields ?? []).flatMap((field) => {
    const required = (field.arguments ?? []).filter((a) => a.type.kind === Kind.NON_NULL_TYPE && !a.defaultValue);
    const [year] = required;
    if (required.length !== 1 || year?.name.value !== 'year' || print(year.type) !== 'Int!') return [];
    const view = types.get(named(field.type));
    const names = (view?.fields ?? []).map((f) => f.name.value);
    if (!names.includes('sample') || !names.includes('rules')) return [];
    const headline = view!.fields!.find((f) => print(f.type).replace(/!$/, '') === 'Float' && !f.arguments?.length);
    return [{ field: field.name.value, headline: headline?.name.value }];
  });
}

describe('the IDE examples', () => {
  const supergraphSdl = readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8');
  let gateway: ApolloGateway;
  // The API schema the gateway serves, from the committed supergraph, as the gateway builds it.
  let apiSchema: GraphQLSchema;
  let examples: readonly IdeExample[];

  beforeAll(async () => {
    gateway = new ApolloGateway({ supergraphSdl });
    apiSchema = (await gateway.load()).schema;
    examples = createIde(() => apiSchema).examples;
  });
  afterAll(async () => {
    await gateway?.stop();
  });
  const example = (audience: string) => examples.find((e) => e.audience === audience)!;

  it('are the fixed ones, then the county page', () => {
    expect(examples.map((e) => e.audience)).toEqual(['everyone', 'analyst', 'data officer', 'front-end team']);
    expect(examples.slice(0, 3)).toEqual(IDE_EXAMPLES);
    expect(IDE_EXAMPLES.map((e) => e.audience)).toEqual(['everyone', 'analyst', 'data officer']);
  });

  it.each(['everyone', 'analyst', 'front-end team'])(
    "the %s example is valid against the gateway's schema",
    (audience) => {
      expect(validate(apiSchema, parse(example(audience).query)).map((error) => error.message)).toEqual([]);
    },
  );

  it("the analyst's is the README's cross-department question about 黄冈 (421100)", () => {
    expect(example('analyst').query).toContain('prefecture(code: "421100")');
    expect(example('analyst').query).toContain('counties(povertyStatus: NONE, hasTasks: true)');
  });

  it("the data officer's publishes transport figures with an idempotency key and says which header it needs", () => {
    const { query, headers } = example('data officer');
    expect(query).toMatch(/mutation \w+ \{\s+publishTransportObservations\(/);
    expect(query).toContain('idempotencyKey:');
    expect(query).toContain('rows: [');
    expect(query).toContain('Authorization: Bearer');
    expect(JSON.parse(headers!)).toEqual({ Authorization: expect.stringMatching(/^Bearer /) });
    expect(parse(query).definitions).toHaveLength(1);
  });

  it("the data officer's is valid against the gateway's schema once it can publish", ({ skip }) => {
    if (!apiSchema.getMutationType()?.getFields().publishTransportObservations) skip();
    expect(validate(apiSchema, parse(example('data officer').query)).map((error) => error.message)).toEqual([]);
  });

  it("the front-end team's comes with variables for 武穴市 (421182)", () => {
    expect(JSON.parse(example('front-end team').variables!)).toEqual({ code: '421182', year: 2019 });
  });

  it("the front-end team's asks every department view of the committed supergraph, in schema order", () => {
    const expected = expectedViews(apiSchema);
    expect(expected.length).toBeGreaterThan(1);
    const views = countySelections(example('front-end team').query).filter((s) => s.head.includes('(year: $year)'));
    expect(views.map((view) => view.head)).toEqual(expected.map((view) => `${view.field}(year: $year)`));
    views.forEach((view, index) => {
      const { headline } = expected[index]!;
      expect(view.fields).toEqual(['sample', ...(headline ? [headline] : []), 'rules']);
    });
  });

  it("the front-end team's stays below half of every demand-control limit", () => {
    const { query } = example('front-end team');
    const figures = measureOperation(apiSchema, parse(query), { variables: { code: '421182', year: 2019 } });
    const half = (limit: keyof DemandLimits) => DEFAULT_DEMAND_LIMITS[limit] / 2;
    expect(countTokens(query)).toBeLessThan(half('maxTokens'));
    expect(figures.depth).toBeLessThan(half('maxDepth'));
    expect(figures.fields).toBeLessThan(half('maxFields'));
    expect(figures.aliases).toBeLessThan(half('maxAliases'));
    expect(figures.cost!).toBeLessThan(half('maxCost'));
  });

  describe('with a department added by new:department and compose', () => {
    const housingView = `
type CountyHousing @join__type(graph: WATER) {
  year: Int!
  sample: Boolean!
  units: Float
  rules: [RuleResult!]!
}
`;
    /**
     * The committed supergraph with `County.housing(year: Int!): CountyHousing` added, as compose
     * adds a new department's view (resolved here by the water subgraph, which needs no new graph).
     */
    function withHousing(sdl: string): string {
      const county = sdl.search(/^type County\b/m);
      expect(county).toBeGreaterThan(-1);
      const end = sdl.indexOf('\n}\n', county);
      const housing = '\n  housing(year: Int!): CountyHousing @join__field(graph: WATER)';
      return `${sdl.slice(0, end)}${housing}${sdl.slice(end)}${housingView}`;
    }

    it("the supergraph's county page asks for it, with no edit to the gateway", () => {
      const sdl = withHousing(supergraphSdl);
      const { query } = createIde(() => apiSchemaOf(sdl)).examples.find((e) => e.audience === 'front-end team')!;
      const housing = countySelections(query).find((s) => s.head === 'housing(year: $year)');
      expect(housing?.fields).toEqual(['sample', 'units', 'rules']);
      expect(validate(apiSchemaOf(sdl), parse(query)).map((e) => e.message)).toEqual([]);
    });

    it('so does the county page of an API schema extended with it', () => {
      const extended = extendSchema(
        apiSchema,
        parse(`
          type CountyHousing { year: Int! sample: Boolean! units: Float rules: [RuleResult!]! }
          extend type County { housing(year: Int!): CountyHousing }
        `),
      );
      const { query } = countyPageExample(extended);
      expect(query).toContain('housing(year: $year)');
      expect(countySelections(query).map((s) => s.head)).toEqual([
        ...countySelections(countyPageExample(apiSchema).query).map((s) => s.head),
        'housing(year: $year)',
      ]);
      expect(validate(extended, parse(query)).map((e) => e.message)).toEqual([]);
    });
  });
});
