export { createTestDatabase, postgresAdminUrl, testDatabaseKind, type TestDatabase } from './test-database.js';
export { postGraphQL, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from './test-subgraph.js';
export { checkSample, type SampleReport } from './sample-checks.js';
export { startTcpProxy, type TcpProxy } from './tcp-proxy.js';
export { housing, withHousing } from './fake-department.js';
