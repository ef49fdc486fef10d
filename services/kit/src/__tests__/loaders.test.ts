import { describe, expect, it } from 'vitest';
import { referenceResolver, rowLoader } from '../loaders.js';

interface FundingRow {
  number: string;
  fundedYear: number;
}

const rows: FundingRow[] = [{ number: 'X001', fundedYear: 2018 }];
const funding = () =>
  rowLoader(
    async (numbers: readonly string[]) => rows.filter((r) => numbers.includes(r.number)),
    (r) => r.number,
  );
const resolver = referenceResolver(
  (loader: ReturnType<typeof funding>) => loader,
  (ref: { number: string }) => ref.number,
);

describe('referenceResolver', () => {
  it("answers with the entity's row", async () => {
    expect(await resolver.__resolveReference({ number: 'X001' }, funding())).toEqual({
      number: 'X001',
      fundedYear: 2018,
    });
  });

  it('keeps the fields of the representation that the row lacks, such as those @requires asked for', async () => {
    const reference = { __typename: 'Road', number: 'X001', lengthKm: 31.5 };

    expect(await resolver.__resolveReference(reference, funding())).toEqual({
      number: 'X001',
      fundedYear: 2018,
      lengthKm: 31.5,
    });
  });

  it('prefers the representation where both have a field (what the gateway sent for @requires), and leaves the type to the row', async () => {
    const reference = { __typename: 'SomeInterface', number: 'X001', fundedYear: 1999 };
    const resolved = await resolver.__resolveReference(reference, funding());

    expect(resolved).toEqual({ number: 'X001', fundedYear: 1999 });
    expect(resolved).not.toHaveProperty('__typename');
  });

  it("keeps the row's class, which type-graphql's default resolveType looks at", async () => {
    class Funding {
      constructor(
        readonly number: string,
        readonly fundedYear: number,
      ) {}
    }
    const classResolver = referenceResolver(
      () =>
        rowLoader(
          async () => [new Funding('X001', 2018)],
          (r) => r.number,
        ),
      (ref: { number: string }) => ref.number,
    );

    expect(await classResolver.__resolveReference({ number: 'X001' }, {})).toBeInstanceOf(Funding);
  });

  it('answers null for an entity it does not have', async () => {
    expect(await resolver.__resolveReference({ number: 'X999' }, funding())).toBeNull();
  });
});
