import { fileURLToPath } from 'node:url';
import { loadAuthConfig, type AuthConfig, type CorsOptions } from '@fupin/kit';

/** The committed supergraph, found from this file so that the working directory does not matter. */
export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  /**
   * Subgraph URLs given by `SUBGRAPH_<NAME>_URL`, keyed by `<NAME>` as written in the variable
   * (`FINANCE_INSURANCE`); match a subgraph's name with `subgraphEnvName`.
   */
  subgraphUrlOverrides: Record<string, string>;
  /** Empty unless `CORS_ORIGINS` is set: the IDE is served from the gateway itself and needs none. */
  cors: CorsOptions;
  /** How bearer tokens are checked: the same `AUTH_*` variables as every subgraph reads. */
  auth: AuthConfig;
}

const SUBGRAPH_URL_VARIABLE = /^SUBGRAPH_([A-Z0-9_]+)_URL$/;

/** The `<NAME>` of `SUBGRAPH_<NAME>_URL` for a subgraph: `finance-insurance` → `FINANCE_INSURANCE`. */
export function subgraphEnvName(subgraphName: string): string {
  return subgraphName.toUpperCase().replace(/-/g, '_');
}

/** Reads the gateway's configuration from `env` (pass `process.env`); throws on a value it cannot use. */
export function loadGatewayConfig(env: Readonly<Record<string, string | undefined>>): GatewayConfig {
  const subgraphUrlOverrides: Record<string, string> = {};
  for (const [variable, value] of Object.entries(env)) {
    const name = SUBGRAPH_URL_VARIABLE.exec(variable)?.[1];
    if (name === undefined || value === undefined || value.trim() === '') continue;
    subgraphUrlOverrides[name] = httpUrl(variable, value.trim());
  }
  return {
    port: port(env.PORT),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    supergraphPath: nonEmpty(env.SUPERGRAPH_PATH) ?? DEFAULT_SUPERGRAPH_PATH,
    subgraphUrlOverrides,
    cors: { origins: list(env.CORS_ORIGINS).map(origin) },
    auth: loadAuthConfig(env),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function port(value: string | undefined): number {
  const text = nonEmpty(value);
  if (text === undefined) return 4000;
  const number = Number(text);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    throw new Error(`PORT must be a port number (0-65535), not ${JSON.stringify(value)}`);
  }
  return number;
}

function httpUrl(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} must be an http(s) URL, not ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${variable} must be an http(s) URL, not ${JSON.stringify(value)}`);
  }
  return value;
}

/** An origin as browsers send it: `*`, or scheme, host and port with no path (no trailing `/`). */
function origin(value: string): string {
  if (value === '*') return value;
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (parsed?.origin !== value) {
    throw new Error(
      `CORS_ORIGINS entries must be origins such as http://localhost:5173 (no path, no trailing /), not ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
