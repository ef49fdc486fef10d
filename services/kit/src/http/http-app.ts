import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from '../logger.js';

export interface CorsOptions {
  /** Origins allowed to call from a browser; `*` for any. Empty: no CORS headers at all. */
  origins: readonly string[];
}

/** A handler of a non-GraphQL path; `true` when it wrote the response. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface HttpAppOptions<Ctx extends BaseContext> {
  apollo: ApolloServer<Ctx>;
  log: Logger;
  /** Builds the per-request context; `requestId` is also sent back as `x-request-id`. */
  context: (req: IncomingMessage, requestId: string) => Promise<Ctx>;
  /** Throws when the service cannot answer queries (database down, still starting). */
  readiness: () => Promise<void>;
  /** Wraps the execution of one GraphQL request (the kit counts SQL statements with it). */
  around?: <T>(requestId: string, run: () => Promise<T>) => Promise<T>;
  graphqlPath?: string;
  routes?: Route[];
  cors?: CorsOptions;
  maxBodyBytes?: number;
}

export interface HttpApp {
  listener: RequestListener;
  /** From now on `/ready` answers 503, so a load balancer stops sending traffic. */
  drain(): void;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The HTTP side of a service: GraphQL at `/graphql`, `/health` (the process lives) and `/ready`
 * (it can answer queries), CORS, and one structured log line per request with its duration.
 */
export function createHttpApp<Ctx extends BaseContext>(options: HttpAppOptions<Ctx>): HttpApp {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024 * 1024;
  let draining = false;

  const listener: RequestListener = (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = headerValue(req, 'x-request-id') ?? randomUUID();
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.on('finish', () => {
      options.log.info(
        {
          requestId,
          method: req.method,
          path: url.pathname,
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });

    handle(req, res, url, requestId).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) options.log.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) {
        sendJson(res, status, {
          errors: [
            {
              message: status === 500 ? 'Internal server error' : (error as Error).message,
              extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
            },
          ],
        });
      } else res.end();
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    if (applyCors(req, res, options.cors)) return;
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      if (draining) return sendJson(res, 503, { status: 'draining' });
      try {
        await options.readiness();
        return sendJson(res, 200, { status: 'ready' });
      } catch (error) {
        return sendJson(res, 503, { status: 'unavailable', reason: (error as Error).message });
      }
    }
    for (const route of options.routes ?? []) if (await route(req, res, url)) return;
    if (url.pathname !== graphqlPath) return sendJson(res, 404, { error: 'not found' });

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = req.method === 'POST' ? await readJsonBody(req, maxBodyBytes) : undefined;
    const execute = () =>
      options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
        context: () => options.context(req, requestId),
      });
    const response = await (options.around ? options.around(requestId, execute) : execute());
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return {
    listener,
    drain() {
      draining = true;
    },
  };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(payload));
}

/** Answers a preflight itself (true) or adds the headers for an allowed origin (false). */
function applyCors(req: IncomingMessage, res: ServerResponse, cors: CorsOptions | undefined): boolean {
  const origin = headerValue(req, 'origin');
  if (!cors || cors.origins.length === 0 || !origin) return false;
  const allowed = cors.origins.includes('*') || cors.origins.includes(origin);
  if (!allowed) return false;
  res.setHeader('access-control-allow-origin', cors.origins.includes('*') ? '*' : origin);
  res.setHeader('vary', 'origin');
  // Lets a page on another origin read the id to quote when it reports a problem.
  res.setHeader('access-control-expose-headers', 'x-request-id');
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      headerValue(req, 'access-control-request-headers') ?? 'content-type, authorization',
    );
    res.setHeader('access-control-max-age', '600');
    res.statusCode = 204;
    res.end();
    return true;
  }
  return false;
}

async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `request body over ${limit} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const contentType = headerValue(req, 'content-type') ?? '';
  if (!contentType.includes('json')) return text;
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}
