import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ErrorCode } from '../errors/codes.js';
import { maskError } from '../errors/format-error.js';
import type { Logger } from '../logger.js';

/**
 * The largest request body accepted by default: 2 MiB. A batch of 10,000 observations (the most
 * one publish takes) is at most about 1.5 MB as JSON without notes (http-limits.test.ts computes
 * it), and a query is a few KB; anything larger is a mistake or an attack, refused unparsed.
 */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
/** How long `/ready` waits for `readiness()` before answering 503. */
export const DEFAULT_READY_TIMEOUT_MS = 1_000;

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
  /**
   * Throws when the service cannot answer queries (database down, still starting). One that has
   * not settled after `readyTimeoutMs` counts as a failure: a load balancer gets its 503 in time.
   */
  readiness: () => Promise<void>;
  /** Default `DEFAULT_READY_TIMEOUT_MS` (1 s). */
  readyTimeoutMs?: number;
  /** Wraps the execution of one GraphQL request (the kit counts SQL statements with it). */
  around?: <T>(requestId: string, run: () => Promise<T>) => Promise<T>;
  graphqlPath?: string;
  routes?: Route[];
  cors?: CorsOptions;
  /** Larger bodies are answered 413 `PAYLOAD_TOO_LARGE`; default `DEFAULT_MAX_BODY_BYTES` (2 MiB). */
  maxBodyBytes?: number;
}

export interface HttpApp {
  listener: RequestListener;
  /** From now on `/ready` answers 503, so a load balancer stops sending traffic. */
  drain(): void;
}

/** A refusal of the HTTP layer itself, answered as a GraphQL-shaped error. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function payloadTooLarge(limit: number): HttpError {
  return new HttpError(
    413,
    ErrorCode.PAYLOAD_TOO_LARGE,
    `the request body is larger than ${limit} bytes (${formatBytes(limit)}), the most this service accepts; ` +
      'send less (a publish takes 10,000 rows at most)',
    { maxBodyBytes: limit },
  );
}

/**
 * The HTTP side of a service: GraphQL at `/graphql`, `/health` (the process lives) and `/ready`
 * (it can answer queries), CORS, and one structured log line per request with its duration.
 */
export function createHttpApp<Ctx extends BaseContext>(options: HttpAppOptions<Ctx>): HttpApp {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const readyTimeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
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
      if (res.headersSent) {
        options.log.error({ err: error, requestId }, 'request failed after its answer began');
        res.end();
        return;
      }
      if (error instanceof HttpError) {
        // The rest of a refused body is not read: the connection closes once the answer is out.
        if (error.status === 413) res.setHeader('connection', 'close');
        sendJson(res, error.status, {
          errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }],
        });
        return;
      }
      // Whatever it was (a bug, a database error quoting its SQL) stays in the log, under an id.
      const masked = maskError(options.log, error, { requestId, path: url.pathname });
      sendJson(res, 500, {
        errors: [{ message: masked.message, extensions: { code: masked.code, errorId: masked.errorId } }],
      });
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    if (applyCors(req, res, options.cors)) return;
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      if (draining) return sendJson(res, 503, { status: 'draining' });
      try {
        await withTimeout(options.readiness(), readyTimeoutMs, `not ready within ${readyTimeoutMs} ms`);
        return sendJson(res, 200, { status: 'ready' });
      } catch (error) {
        options.log.warn({ err: error, requestId }, 'not ready');
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

/** Settles as `promise` does, or rejects with `message` after `ms`, whichever comes first. */
function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} B`;
}

/**
 * The body, refused as soon as it is known to exceed `limit`: at once from `content-length`, or
 * when the bytes received pass it. Nothing more is kept after that; what is still coming is read
 * and dropped (not left unread, which would reset the connection before the 413 arrives).
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(headerValue(req, 'content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(payloadTooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(payloadTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const text = (await readBody(req, limit)).toString('utf8');
  const contentType = headerValue(req, 'content-type') ?? '';
  if (!contentType.includes('json')) return text;
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, ErrorCode.BAD_REQUEST, 'request body is not valid JSON');
  }
}
