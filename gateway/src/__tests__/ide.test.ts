import { readFileSync } from 'node:fs';
import type { Listening } from '@fupin/kit';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../gateway.js';
import { DEFAULT_IDE_QUERY, IDE_EXAMPLES } from '../ide.js';
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

  it('opens with a tab of examples for each kind of user', async () => {
    const html = await (await fetch(`${listening.url}/`)).text();
    expect(IDE_EXAMPLES.map((example) => example.audience)).toEqual([
      'everyone',
      'analyst',
      'data officer',
      'front-end team',
    ]);
    expect(html).toContain('defaultTabs:');
    for (const example of IDE_EXAMPLES) {
      expect(html).toContain(JSON.stringify(example.query).replace(/</g, '\\u003c'));
    }
  });
});

describe('the IDE examples', () => {
  // The API schema the gateway serves, as the dashboard's codegen derives it from the supergraph.
  const apiSchema = buildSchema(readFileSync(new URL('../../../web/src/gql/schema.graphql', import.meta.url), 'utf8'));
  const example = (audience: string) => IDE_EXAMPLES.find((e) => e.audience === audience)!;

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

  it.skipIf(!apiSchema.getMutationType()?.getFields().publishTransportObservations)(
    "the data officer's is valid against the gateway's schema once it can publish",
    () => {
      expect(validate(apiSchema, parse(example('data officer').query)).map((error) => error.message)).toEqual([]);
    },
  );

  it("the front-end team's comes with variables for 武穴市 (421182)", () => {
    expect(JSON.parse(example('front-end team').variables!)).toEqual({ code: '421182', year: 2019 });
  });
});
