// The GraphQL operations `npm run publish` sends, and their list for a gateway in
// persisted-operations-only mode (scripts/lib/publish/persisted-operations.json, committed).
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { publishingDepartments } from './departments.js';

/**
 * The committed list of the command's operations, sha256 → text, in the format the gateway's
 * `PERSISTED_OPERATIONS_ONLY` reads. A deployment in that mode lists it after the dashboard's:
 * `PERSISTED_OPERATIONS_ONLY=web/persisted-operations.json,scripts/lib/publish/persisted-operations.json`.
 */
export const PERSISTED_OPERATIONS_FILE = fileURLToPath(new URL('persisted-operations.json', import.meta.url));

/** How to write the list again after changing an operation's text (the unit test checks it). */
export const WRITE_PERSISTED_OPERATIONS = 'npx tsx scripts/lib/publish/write-persisted-operations.ts';

export interface Operation {
  text: string;
  /** sha256 (hex) of `text`: sent as `extensions.persistedQuery.sha256Hash`. */
  hash: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The mutation that publishes one batch through `mutation` (`publishTransportObservations`). */
export function publishOperation(mutation: string): Operation {
  const text = `mutation Publish($input: PublishObservationsInput!) {
  ${mutation}(input: $input) { batchId rowsWritten replayed }
}`;
  return { text, hash: sha256(text) };
}

/**
 * Every operation the command may send (one per mutation of a department part that someone
 * publishes to, as the departments artefact lists them), sha256 → text, sorted by mutation.
 */
export function persistedOperations(): Record<string, string> {
  const mutations = [...new Set(publishingDepartments.map((d) => d.mutation))].sort();
  return Object.fromEntries(mutations.map((m) => publishOperation(m)).map((o) => [o.hash, o.text]));
}

/** The file's text: JSON, two-space indented, with a final newline. */
export function persistedOperationsJson(): string {
  return `${JSON.stringify(persistedOperations(), null, 2)}\n`;
}
