import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from '@fupin/kit';

/** The dashboard's build output in this repository (`npm run build -w @fupin/web`). */
export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));
export const DASHBOARD_PATH = '/dashboard';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const NOT_BUILT = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>看板尚未构建</title></head>
<body><h1>看板尚未构建 / The dashboard is not built</h1>
<p>运行 <code>npm run build -w @fupin/web</code>（<code>npm start</code> 会自动构建），然后刷新本页。</p>
<p>Run <code>npm run build -w @fupin/web</code> (<code>npm start</code> does it for you), then reload.</p>
</body></html>
`;

/**
 * Serves the built dashboard (web/dist) at `/dashboard/`: `index.html` with `no-cache`, and the
 * files under `assets/`, whose names carry a content hash, cached for good. The dashboard routes
 * with `#/…`, so no other path needs the page. Files are read from disk on each request, so a
 * rebuild shows on reload; a missing build answers 404 with how to build it.
 */
export function createDashboardRoute(dashboardDir: string = DEFAULT_DASHBOARD_DIR): Route {
  const root = path.resolve(dashboardDir);
  return async (req, res, url) => {
    if (url.pathname !== DASHBOARD_PATH && !url.pathname.startsWith(`${DASHBOARD_PATH}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === DASHBOARD_PATH) {
      res.statusCode = 308;
      res.setHeader('location', `${DASHBOARD_PATH}/${url.search}`);
      res.end();
      return true;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(DASHBOARD_PATH.length + 1)) || 'index.html';
    } catch {
      return notFound(res);
    }
    const file = await containedFile(root, relative);
    if (!file) {
      if (relative === 'index.html')
        return send(req, res, 404, 'text/html; charset=utf-8', 'no-cache', Buffer.from(NOT_BUILT));
      return notFound(res);
    }
    const contentType = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    const cacheControl = relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return send(req, res, 200, contentType, cacheControl, await readFile(file));
  };
}

/** The file at `relative` under `root`, if it is a regular file that does not escape `root` (`..`, symlinks). */
async function containedFile(root: string, relative: string): Promise<string | null> {
  const candidate = path.resolve(root, relative);
  if (!candidate.startsWith(root + path.sep)) return null;
  try {
    const [real, realRoot] = await Promise.all([realpath(candidate), realpath(root)]);
    if (!real.startsWith(realRoot + path.sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function notFound(res: ServerResponse): true {
  res.statusCode = 404;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: 'not found' }));
  return true;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  contentType: string,
  cacheControl: string,
  body: Buffer,
): true {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  res.setHeader('cache-control', cacheControl);
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
