import { describe, expect, it } from 'vitest';
import { composeSupergraph, staleFiles } from '../scripts/lib/compose.js';

describe('the committed schema/', () => {
  it("composes without errors and matches what the subgraphs' code produces", async () => {
    const composition = await composeSupergraph();
    expect(composition.errors).toEqual([]);
    expect(composition.files.has('supergraph.graphql')).toBe(true);
    // On failure: run `npm run compose` and commit schema/.
    expect(await staleFiles(composition)).toEqual([]);
  });
});
