import type { Listening } from '@fupin/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewaySettings } from '../config.js';
import type { Gateway } from '../gateway.js';
import { fixtureGateway, startFixtureFederation, type FixtureFederation } from './fixtures/federation.js';

const INTROSPECTION = '{ __schema { queryType { name } } }';
/** Production refuses to start on the development secret. */
const PRODUCTION = { NODE_ENV: 'production', AUTH_SECRET: 'a-production-secret-long-enough-for-hs256' };

function post(url: string, body: string) {
  return fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

describe('production defaults', () => {
  let federation: FixtureFederation;
  const running: Gateway[] = [];
  async function serve(env: Record<string, string>): Promise<Listening> {
    const gateway = fixtureGateway(federation, env);
    running.push(gateway);
    await gateway.start();
    return gateway.listen(0);
  }

  beforeAll(async () => {
    federation = await startFixtureFederation();
  });
  afterAll(async () => {
    for (const gateway of running) await gateway.stop();
    await federation?.stop();
  });

  it('under NODE_ENV=production: no introspection, no IDE, no error details', () => {
    expect(loadGatewaySettings({ NODE_ENV: 'production' })).toMatchObject({
      introspection: false,
      ide: false,
      exposeErrorDetails: false,
    });
    expect(loadGatewaySettings({})).toMatchObject({ introspection: true, ide: true, exposeErrorDetails: false });
    expect(loadGatewaySettings({ NODE_ENV: 'production', INTROSPECTION: 'true', IDE: 'true' })).toMatchObject({
      introspection: true,
      ide: true,
    });
    expect(loadGatewaySettings({ IDE: 'false', INTROSPECTION: 'false' })).toMatchObject({
      introspection: false,
      ide: false,
    });
    expect(() => loadGatewaySettings({ IDE: 'yes please' })).toThrow(/IDE/);
  });

  it('a production gateway refuses introspection and serves no IDE, but answers queries', async () => {
    const { url } = await serve(PRODUCTION);
    const introspection = await post(url, JSON.stringify({ query: INTROSPECTION }));
    expect(introspection.status).toBe(400);
    const body = (await introspection.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]!.message).toMatch(/introspection/i);
    expect((await fetch(`${url}/`)).status).toBe(404);
    const ide = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(ide.headers.get('content-type') ?? '').not.toContain('text/html');

    const query = await post(url, JSON.stringify({ query: '{ county(code: "421181") { name } }' }));
    expect(await query.json()).toEqual({ data: { county: { name: '麻城市' } } });
  });

  it('INTROSPECTION=true and IDE=true turn them back on in production', async () => {
    const { url } = await serve({ ...PRODUCTION, INTROSPECTION: 'true', IDE: 'true' });
    const introspection = await post(url, JSON.stringify({ query: INTROSPECTION }));
    expect(await introspection.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const ide = await fetch(`${url}/`);
    expect(ide.status).toBe(200);
    expect(await ide.text()).toContain('GraphiQL.createFetcher');
  });

  it("takes a body up to the kit's 2 MiB, and answers a 3 MiB one 413 PAYLOAD_TOO_LARGE", async () => {
    const { url } = await serve({});
    const padded = (bytes: number) =>
      JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(bytes) } });
    const almost = await post(url, padded(1.5 * 1024 * 1024));
    expect(almost.status).toBe(200);
    expect(await almost.json()).toEqual({ data: { __typename: 'Query' } });

    const tooLarge = await post(url, padded(3 * 1024 * 1024));
    expect(tooLarge.status).toBe(413);
    const body = (await tooLarge.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
