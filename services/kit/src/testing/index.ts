export { createTestDatabase, postgresAdminUrl, testDatabaseKind, type TestDatabase } from './test-database.js';
