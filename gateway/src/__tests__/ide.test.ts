import type { Listening } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../gateway.js';
import { DEFAULT_IDE_QUERY } from '../ide.js';
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
});
