import { FEDERATION_VERSION, federationImports, type FederationVersion } from './versions.js';

export {
  FEDERATION_DIRECTIVE_SINCE,
  FEDERATION_VERSION,
  FEDERATION_VERSIONS,
  federationImports,
  type FederationDirective,
  type FederationVersion,
} from './versions.js';

/**
 * Every federation directive of the default version (v2.9), each by its short name. Importing
 * them all costs nothing (composition links into the supergraph only what is used) and lets a
 * subgraph use any of them with its short name, as the type-graphql `@Directive` strings do.
 * A subgraph on another version imports `federationImports(itsVersion)` instead.
 */
export const FEDERATION_IMPORTS: readonly string[] = federationImports(FEDERATION_VERSION);

/** A further specification a subgraph links, for its own directives (see `composeDirectives`). */
export interface SchemaLink {
  url: string;
  import: readonly string[];
}

/** The `@link` to the federation specification of `version`, importing all its directives. */
export function federationLink(
  version: FederationVersion = FEDERATION_VERSION,
  except: readonly string[] = [],
): SchemaLink {
  return {
    url: `https://specs.apollo.dev/federation/${version}`,
    import: federationImports(version).filter((name) => !except.includes(name)),
  };
}

/**
 * The `extend schema @link(...)` header that turns printed SDL into a Federation 2 subgraph of
 * `federationVersion`. A name another link imports, or one of `ownDirectives` (directives the
 * subgraph defines itself: a `@cost` of its own, say), is left out of the federation import, so
 * that the two do not clash.
 */
export function schemaHeader(
  links: readonly SchemaLink[] = [],
  composeDirectives: readonly string[] = [],
  federationVersion: FederationVersion = FEDERATION_VERSION,
  ownDirectives: readonly string[] = [],
): string {
  const all: SchemaLink[] = [federationLink(federationVersion, [...linkedNames(links), ...ownDirectives]), ...links];
  const linkLines = all.map(
    (link) =>
      `  @link(url: ${JSON.stringify(link.url)}, import: [${link.import
        .map((name) => JSON.stringify(name))
        .join(', ')}])`,
  );
  const composeLines = composeDirectives.map((name) => `  @composeDirective(name: ${JSON.stringify(name)})`);
  return ['extend schema', ...linkLines, ...composeLines].join('\n');
}

/** The directive names (`@sample`) the links import. */
export function linkedNames(links: readonly SchemaLink[]): string[] {
  return links.flatMap((link) => link.import.filter((name) => name.startsWith('@')));
}
