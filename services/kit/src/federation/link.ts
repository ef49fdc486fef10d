/** The Federation 2 version every subgraph of the graph declares. */
export const FEDERATION_VERSION = 'v2.9';

/**
 * Every federation directive a department may need. Importing them all costs nothing and lets a
 * subgraph use any of them with its short name, as the type-graphql `@Directive` strings do.
 */
export const FEDERATION_IMPORTS = [
  '@key',
  '@shareable',
  '@external',
  '@requires',
  '@provides',
  '@override',
  '@inaccessible',
  '@tag',
  '@interfaceObject',
  '@composeDirective',
] as const;

/** A further specification a subgraph links, for its own directives (see `composeDirectives`). */
export interface SchemaLink {
  url: string;
  import: readonly string[];
}

/** The `extend schema @link(...)` header that turns printed SDL into a Federation 2 subgraph. */
export function schemaHeader(links: readonly SchemaLink[] = [], composeDirectives: readonly string[] = []): string {
  const all: SchemaLink[] = [
    { url: `https://specs.apollo.dev/federation/${FEDERATION_VERSION}`, import: FEDERATION_IMPORTS },
    ...links,
  ];
  const linkLines = all.map(
    (link) =>
      `  @link(url: ${JSON.stringify(link.url)}, import: [${link.import
        .map((name) => JSON.stringify(name))
        .join(', ')}])`,
  );
  const composeLines = composeDirectives.map((name) => `  @composeDirective(name: ${JSON.stringify(name)})`);
  return ['extend schema', ...linkLines, ...composeLines].join('\n');
}
