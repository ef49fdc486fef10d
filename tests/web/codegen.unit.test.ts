// The dashboard's typed operations are generated from the committed supergraph and committed: this
// fails when web/src/gql is stale (the supergraph or a view's query changed without
// `npm run codegen -w @fupin/web`), or when a view's query no longer matches the schema.
import { describe, expect, it } from 'vitest';
import { staleGeneratedFiles } from '../../web/scripts/codegen.ts';

describe("the dashboard's generated operations (web/src/gql)", () => {
  it('match the supergraph and the queries in web/src', async () => {
    const { stale, extra } = await staleGeneratedFiles();
    expect({ stale, extra }, 'web/src/gql is stale: run `npm run codegen -w @fupin/web` and commit the result').toEqual(
      { stale: [], extra: [] },
    );
  }, 60_000);
});
