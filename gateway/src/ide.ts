import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Route } from '@fupin/kit';
import type { GraphQLSchema } from 'graphql';
import { departmentViews } from './api-schema.js';

/** What the IDE opens with: one county across two subgraphs, and every measure's lead departments. */
export const DEFAULT_IDE_QUERY = `# 扶贫政策图谱 · fupin-graph
# 查询麻城市（421181）所属市州与贫困县状态，以及每项措施的牵头部门；Ctrl+Enter 运行。
# Macheng (421181): its prefecture and poverty status, and each measure's lead departments.
# Press Ctrl+Enter to run; the Docs button on the left lists every type.
# 其他标签页：分析员、数据专员、前端团队的示例 / the other tabs: examples for each kind of user.
query Overview {
  county(code: "421181") {
    name
    prefecture { name }
    povertyStatus
  }
  measures {
    number
    leadDepartments { name }
  }
}
`;

/** One tab the IDE opens with: GraphiQL 3's `defaultTabs` entry. */
export interface IdeExample {
  /** Who it is for, in the docs and tests; GraphiQL names the tab after the operation. */
  audience: string;
  query: string;
  variables?: string;
  headers?: string;
}

/**
 * The fixed example operations, one tab each after the welcome query: illustrations, whatever
 * departments the graph has. The front-end team's tab is built from the schema instead
 * (`countyPageExample`); `ideExamples` gives all of them. GraphiQL keeps a browser's tabs in its
 * local storage, so a browser that opened the IDE before sees its own tabs; the examples reappear
 * after "Clear storage" in GraphiQL's settings.
 */
export const IDE_EXAMPLES: readonly IdeExample[] = [
  { audience: 'everyone', query: DEFAULT_IDE_QUERY },
  {
    audience: 'analyst',
    query: `# 分析员 · 跨部门问题 / analyst: a cross-department question
# 黄冈市有扶贫任务的非贫困县, 2019 年交通与财政两个部门的数据和规则结果, 一次请求。
# Huanggang's non-poverty counties with tasks: transport's and finance's figures and rule results
# for 2019, in one request across three subgraphs.
query AnalystHuanggangCounties {
  prefecture(code: "421100") {
    name
    counties(povertyStatus: NONE, hasTasks: true) {
      code name
      transport(year: 2019) { roadUpgradeKmPerTownship rules { rule { id } status actual required gap } }
      finance(year: 2019) { specialBudgetShare rules { rule { id } status actual required gap } }
    }
  }
}
`,
  },
  {
    audience: 'data officer',
    query: `# 数据专员 · 发布本部门数据 / data officer: publish your department's figures
# 需要请求头（下方 Headers 面板）/ needs the header (Headers pane below):
#   Authorization: Bearer <令牌 / token>
# 令牌 / a token: npm run --silent token -- --department transport --role publisher
# 整批写入或整批不写; 同一 idempotencyKey 重发只返回第一次的结果。
# A batch is written whole or not at all; a retry with the same idempotencyKey returns the first answer.
mutation DataOfficerPublishTransport {
  publishTransportObservations(
    input: {
      idempotencyKey: "transport-2020-421182-roads-1"
      rows: [
        { indicator: "transport.townshipRoadUpgradeKm", county: "421182", year: 2020, value: 158.5 }
        { indicator: "transport.poorVillageRoadUpgradeKm", county: "421182", year: 2020, value: 31.2 }
      ]
    }
  ) {
    batchId
    rowsWritten
    replayed
    observations { indicator { id } county { code name } year value revision }
  }
}
`,
    headers: '{\n  "Authorization": "Bearer PASTE-A-PUBLISHER-TOKEN-HERE"\n}',
  },
];

/** The selection under each view's `rules`: every view's `rules` lists `RuleResult`s. */
const RULES_SELECTION = 'rules { rule { id description } status actual required gap }';

/**
 * The front-end team's tab, the dashboard's county page: one county's figures and rule results
 * from every department for a year. The departments are not listed here but read from the API
 * schema the gateway serves (`departmentViews`), so a department added by `npm run
 * new:department` and `npm run compose` appears in it with no edit to this file. Each view is
 * asked for its `sample` flag, its first `Float` figure and its rule results.
 */
export function countyPageExample(apiSchema: GraphQLSchema): IdeExample {
  const views = departmentViews(apiSchema);
  const heads = views.map((view) => `${view.field}(year: $year)`);
  const width = Math.max(0, ...heads.map((head) => head.length));
  const lines = views.map(
    (view, index) =>
      `    ${heads[index]!.padEnd(width)} { sample ${view.headline ? `${view.headline} ` : ''}${RULES_SELECTION} }`,
  );
  return {
    audience: 'front-end team',
    query: `# 前端团队 · 县级页面 / front-end team: the dashboard's county page
# 一个县一年内各部门的数据与规则结果; 变量在下方 Variables 面板。
# One county's figures and rule results from every department for a year; variables below.
# 部门取自网关的 schema: County 上每个带 sample 与 rules 的 x(year: Int!) 字段 /
# the departments are read from the gateway's schema: each County field x(year: Int!) with sample and rules.
# 看板 (web/, 网关的 /dashboard/) 用 graphql-codegen 生成的类型化查询 / the dashboard types its queries with graphql-codegen
query FrontEndCountyPage($code: ID!, $year: Int!) {
  county(code: $code) {
    code name povertyStatus
    prefecture { name }
${lines.map((line) => `${line}\n`).join('')}  }
}
`,
    variables: '{\n  "code": "421182",\n  "year": 2019\n}',
  };
}

/** Every tab the IDE opens with, for a gateway serving `apiSchema`: the fixed ones, then the county page. */
export function ideExamples(apiSchema: GraphQLSchema): IdeExample[] {
  return [...IDE_EXAMPLES, countyPageExample(apiSchema)];
}

export interface IdeAsset {
  /** Where the gateway serves it; the package version is in the path, so it may be cached for good. */
  path: string;
  contentType: string;
}

export interface Ide {
  routes: Route[];
  /** The scripts and stylesheet the page loads, in order. */
  assets: IdeAsset[];
  /** The HTML page; built on first use (reading the supergraph's API schema takes a quarter second). */
  readonly page: string;
  /** The tabs the page opens with (`ideExamples` of the supergraph's API schema); built with the page. */
  readonly examples: readonly IdeExample[];
}

interface AssetFile extends IdeAsset {
  file: string;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const SOURCE_MAP = 'application/json; charset=utf-8';

/**
 * GraphiQL 3 served from the installed packages: an HTML page at `/` (and at the GraphQL path when
 * a browser asks it for HTML) that loads React 18, ReactDOM and GraphiQL's UMD builds from the
 * gateway's own `/ide/...` paths, so it works with no internet at all. Its example tabs are built
 * from the API schema of `supergraphSdl`, the supergraph the gateway serves, when the page is
 * first asked for: building the schema takes about a quarter second, which the gateway's start-up
 * does not wait for.
 */
/**
 * `apiSchema` gives the schema the gateway serves (it has built it already when it loads the
 * supergraph), asked for when the page is first built.
 */
export function createIde(apiSchema: () => GraphQLSchema, graphqlPath = '/graphql'): Ide {
  const graphiql = packageDir('graphiql');
  const react = packageDir('react');
  const reactDom = packageDir('react-dom');
  const files: AssetFile[] = [
    asset(react, 'umd/react.production.min.js', JS),
    asset(reactDom, 'umd/react-dom.production.min.js', JS),
    asset(graphiql, 'graphiql.min.js', JS),
    asset(graphiql, 'graphiql.min.css', CSS),
  ];
  // Browsers ask for these only with the developer tools open; served so that those show sources.
  const sourceMaps = [
    asset(graphiql, 'graphiql.min.js.map', SOURCE_MAP),
    asset(graphiql, 'graphiql.min.css.map', SOURCE_MAP),
  ];
  const assets = files.map(({ path, contentType }) => ({ path, contentType }));
  let built: { page: string; pageBytes: Buffer; examples: IdeExample[] } | undefined;
  const build = () => {
    if (built) return built;
    const examples = ideExamples(apiSchema());
    const page = idePage(assets, graphqlPath, examples);
    return (built = { page, pageBytes: Buffer.from(page), examples });
  };
  const byPath = new Map<string, { contentType: string; read: () => Promise<Buffer> }>(
    [...files, ...sourceMaps].map((file) => [file.path, { contentType: file.contentType, read: readOnce(file.file) }]),
  );

  const servePage: Route = (req, res, url) => {
    if (!isGetOrHead(req)) return false;
    const atRoot = url.pathname === '/';
    const browserAtGraphql = url.pathname === graphqlPath && accepts(req, 'text/html');
    if (!atRoot && !browserAtGraphql) return false;
    send(req, res, 'text/html; charset=utf-8', 'no-cache', build().pageBytes);
    return true;
  };
  const serveAsset: Route = async (req, res, url) => {
    const served = byPath.get(url.pathname);
    if (!served || !isGetOrHead(req)) return false;
    send(req, res, served.contentType, 'public, max-age=31536000, immutable', await served.read());
    return true;
  };
  return {
    routes: [servePage, serveAsset],
    assets,
    get page() {
      return build().page;
    },
    get examples() {
      return build().examples;
    },
  };

  function asset(pkg: InstalledPackage, file: string, contentType: string): AssetFile {
    const name = file.slice(file.lastIndexOf('/') + 1);
    return { path: `/ide/${pkg.name}-${pkg.version}/${name}`, contentType, file: join(pkg.dir, file) };
  }
}

function idePage(assets: readonly IdeAsset[], graphqlPath: string, examples: readonly IdeExample[]): string {
  const styles = assets.filter((a) => a.contentType === CSS).map((a) => `  <link rel="stylesheet" href="${a.path}" />`);
  const scripts = assets.filter((a) => a.contentType === JS).map((a) => `  <script src="${a.path}"></script>`);
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>fupin-graph · GraphiQL</title>
${styles.join('\n')}
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
${scripts.join('\n')}
  <script>
    const fetcher = GraphiQL.createFetcher({ url: new URL(${scriptString(graphqlPath)}, location.href).href });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: ${scriptString(DEFAULT_IDE_QUERY)},
        defaultTabs: ${scriptJson(examples.map(({ query, variables, headers }) => ({ query, variables, headers })))},
        defaultEditorToolsVisibility: true,
      }),
    );
  </script>
</body>
</html>
`;
}

/** A JavaScript string literal that is safe inside an inline `<script>`. */
function scriptString(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A JavaScript value, as JSON that is safe inside an inline `<script>`. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

interface InstalledPackage {
  name: string;
  version: string;
  dir: string;
}

function packageDir(name: string): InstalledPackage {
  const manifest = createRequire(import.meta.url).resolve(`${name}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { name, version, dir: dirname(manifest) };
}

/** Reads a file on first use and keeps it; a failed read is tried again next time. */
function readOnce(file: string): () => Promise<Buffer> {
  let contents: Promise<Buffer> | undefined;
  return () => {
    contents ??= readFile(file).catch((error: unknown) => {
      contents = undefined;
      throw error;
    });
    return contents;
  };
}

function isGetOrHead(req: IncomingMessage): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

function accepts(req: IncomingMessage, type: string): boolean {
  return (req.headers.accept ?? '').toLowerCase().includes(type);
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  contentType: string,
  cacheControl: string,
  body: Buffer,
): void {
  res.statusCode = 200;
  res.setHeader('content-type', contentType);
  res.setHeader('cache-control', cacheControl);
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}
