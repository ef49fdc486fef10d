// Writes scripts/lib/publish/persisted-operations.json from the command's operation texts
// (operations.ts): run after changing one. tests/publish-cli.unit.test.ts fails while it is stale.
//   npx tsx scripts/lib/publish/write-persisted-operations.ts
import { writeFileSync } from 'node:fs';
import { PERSISTED_OPERATIONS_FILE, persistedOperations, persistedOperationsJson } from './operations.js';

writeFileSync(PERSISTED_OPERATIONS_FILE, persistedOperationsJson());
process.stdout.write(
  `${PERSISTED_OPERATIONS_FILE}: ${Object.keys(persistedOperations()).length} operations of npm run publish\n`,
);
