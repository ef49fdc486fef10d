import { readFile } from 'node:fs/promises';
import { createLogger, onShutdownSignal } from '@fupin/kit';
import { loadGatewayConfig } from './config.js';
import { createGateway } from './gateway.js';
import { gatewayOptionsFromConfig } from './options.js';

const log = createLogger('gateway');
const config = loadGatewayConfig(process.env);

let supergraphSdl: string;
try {
  supergraphSdl = await readFile(config.supergraphPath, 'utf8');
} catch (error) {
  log.fatal(
    { err: error, supergraphPath: config.supergraphPath },
    'cannot read the supergraph: run `npm run compose` first, or set SUPERGRAPH_PATH',
  );
  process.exit(1);
}

const options = gatewayOptionsFromConfig(config, supergraphSdl, log);
const subgraphUrls = options.subgraphUrls;
const gateway = createGateway(options);
await gateway.start();
const listening = await gateway.listen(config.port, config.host);
onShutdownSignal(() => gateway.stop(), log);
log.info(
  {
    url: `${listening.url}/graphql`,
    ide: config.ide ? `${listening.url}/` : null,
    supergraph: config.supergraphPath,
    subgraphs: subgraphUrls,
    limits: config.limits,
    requestTimeoutMs: config.requestTimeoutMs,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    introspection: config.introspection,
  },
  `gateway listening at ${listening.url}/graphql` +
    (config.ide ? `; GraphiQL at ${listening.url}/` : ' (the IDE is off: IDE=true turns it on)'),
);
