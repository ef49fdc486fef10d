// Writes scripts/lib/publish/persisted-operations.json from the command's operation texts
// (operations.ts) and the departments' mutations (schema/departments.json): run after changing a
// text, or when `npm run compose` adds, removes or renames a department's mutation.
// tests/publish-cli.unit.test.ts fails while it is stale.
//   npx tsx scripts/lib/publish/write-persisted-operations.ts
import { writeFileSync } from 'node:fs';
import { PERSISTED_OPERATIONS_FILE, persistedOperations, persistedOperationsJson } from './operations.js';

writeFileSync(PERSISTED_OPERATIONS_FILE, persistedOperationsJson());
process.stdout.write(
  `${PERSISTED_OPERATIONS_FILE}: ${Object.keys(persistedOperations()).length} operations of npm run publish\n`,
);
