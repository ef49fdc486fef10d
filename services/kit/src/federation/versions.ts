import { Kind, parse, visit, type ASTNode, type DocumentNode } from 'graphql';

/** The Federation 2 versions a subgraph of the kit may declare, oldest first. */
export const FEDERATION_VERSIONS = [
  'v2.0',
  'v2.1',
  'v2.2',
  'v2.3',
  'v2.4',
  'v2.5',
  'v2.6',
  'v2.7',
  'v2.8',
  'v2.9',
] as const;

export type FederationVersion = (typeof FEDERATION_VERSIONS)[number];

/** The version a subgraph declares unless its definition sets `federationVersion`. */
export const FEDERATION_VERSION: FederationVersion = 'v2.9';

/**
 * The version of the federation specification that introduced each directive, as
 * `@apollo/federation-internals` (specs/federationSpec.js) registers them: the Federation 1 set
 * plus `@shareable`, `@override` and `@inaccessible` in v2.0, then one or two directives a
 * version. The order is the order of the kit's `@link` import list.
 */
export const FEDERATION_DIRECTIVE_SINCE = {
  '@key': 'v2.0',
  '@shareable': 'v2.0',
  '@external': 'v2.0',
  '@requires': 'v2.0',
  '@provides': 'v2.0',
  '@override': 'v2.0',
  '@inaccessible': 'v2.0',
  '@tag': 'v2.0',
  '@extends': 'v2.0',
  '@composeDirective': 'v2.1',
  '@interfaceObject': 'v2.3',
  '@authenticated': 'v2.5',
  '@requiresScopes': 'v2.5',
  '@policy': 'v2.6',
  '@context': 'v2.8',
  '@fromContext': 'v2.8',
  '@cost': 'v2.9',
  '@listSize': 'v2.9',
} as const satisfies Record<string, FederationVersion>;

export type FederationDirective = keyof typeof FEDERATION_DIRECTIVE_SINCE;

/** Arguments added to a directive after the directive itself: `@override(label:)` (progressive override). */
export const FEDERATION_ARGUMENT_SINCE: Readonly<Record<string, Readonly<Record<string, FederationVersion>>>> = {
  '@override': { label: 'v2.7' },
};

/** Whether `version` is at least `minimum`. */
export function federationVersionAtLeast(version: FederationVersion, minimum: FederationVersion): boolean {
  return FEDERATION_VERSIONS.indexOf(version) >= FEDERATION_VERSIONS.indexOf(minimum);
}

/** `version` itself, or a clear error for anything but v2.0–v2.9. */
export function checkFederationVersion(version: unknown): FederationVersion {
  if (typeof version === 'string' && (FEDERATION_VERSIONS as readonly string[]).includes(version)) {
    return version as FederationVersion;
  }
  throw new Error(
    `federationVersion ${JSON.stringify(version)} is not one the kit supports: use one of ${FEDERATION_VERSIONS.join(', ')}`,
  );
}

/** Every federation directive `version` defines, each by its short name: what the kit imports. */
export function federationImports(version: FederationVersion = FEDERATION_VERSION): FederationDirective[] {
  return (Object.entries(FEDERATION_DIRECTIVE_SINCE) as [FederationDirective, FederationVersion][]).flatMap(
    ([name, since]) => (federationVersionAtLeast(version, since) ? [name] : []),
  );
}

export interface DirectiveCheckOptions {
  federationVersion: FederationVersion;
  /**
   * Directive names (with `@`) that are the subgraph's own or another link's, not federation's:
   * a subgraph may link a `@cost` of its own, say, on a version that has none.
   */
  notFederation?: readonly string[];
  composeDirectives?: readonly string[];
}

/** One use of a federation directive (or argument) that a version lacks. */
export interface DirectiveBeyondVersion {
  /** `@interfaceObject on Measure needs Federation v2.3 or later`. */
  message: string;
  since: FederationVersion;
}

/**
 * Every use in `sdl` of a federation directive (or argument) that `federationVersion` does not
 * define, naming where it is and the version it needs; empty when all is well. Uses by the short
 * name and by the `@federation__` name both count.
 */
export function directivesBeyondVersion(
  sdl: string | DocumentNode,
  options: DirectiveCheckOptions,
): DirectiveBeyondVersion[] {
  const { federationVersion: version, notFederation = [], composeDirectives = [] } = options;
  const problems: DirectiveBeyondVersion[] = [];
  const need = (what: string, where: string, since: FederationVersion) => {
    if (!federationVersionAtLeast(version, since)) {
      problems.push({ message: `${what} on ${where} needs Federation ${since} or later`, since });
    }
  };

  if (composeDirectives.length > 0)
    need('@composeDirective', 'the schema', FEDERATION_DIRECTIVE_SINCE['@composeDirective']);

  const document = typeof sdl === 'string' ? parse(sdl) : sdl;
  visit(document, {
    Directive(node, _key, _parent, _path, ancestors) {
      const isPrefixed = node.name.value.startsWith('federation__');
      const short = `@${node.name.value.replace(/^federation__/, '')}`;
      if (!isPrefixed && notFederation.includes(short)) return;
      if (!Object.hasOwn(FEDERATION_DIRECTIVE_SINCE, short)) return;
      const where = elementName(ancestors);
      const since = FEDERATION_DIRECTIVE_SINCE[short as FederationDirective];
      if (!federationVersionAtLeast(version, since)) return need(`@${node.name.value}`, where, since);
      for (const argument of node.arguments ?? []) {
        const argumentSince = FEDERATION_ARGUMENT_SINCE[short]?.[argument.name.value];
        if (argumentSince) need(`@${node.name.value}(${argument.name.value}:)`, where, argumentSince);
      }
    },
  });
  return problems;
}

/** Throws one error listing every use `directivesBeyondVersion` finds, and the version to set. */
export function checkDirectivesForVersion(
  subgraphName: string | undefined,
  sdl: string | DocumentNode,
  options: DirectiveCheckOptions,
): void {
  const problems = directivesBeyondVersion(sdl, options);
  if (problems.length === 0) return;
  const subject = subgraphName ? `Subgraph ${subgraphName}` : 'The subgraph';
  // The oldest version that has every one of them.
  const needed = problems.map((problem) => problem.since).reduce((a, b) => (federationVersionAtLeast(a, b) ? a : b));
  throw new Error(
    `${subject} declares Federation ${options.federationVersion}, which lacks directives it uses:\n` +
      problems.map((problem) => `  - ${problem.message}`).join('\n') +
      `\nSet federationVersion: '${needed}' (or later) in its definition, or leave it unset for ${FEDERATION_VERSION}.`,
  );
}

/** `County`, `County.code`, `County.roads(year:)`, `the schema`: the element a directive sits on. */
function elementName(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string {
  const names: string[] = [];
  for (const ancestor of ancestors) {
    if (isArray(ancestor)) continue;
    if (ancestor.kind === Kind.SCHEMA_DEFINITION || ancestor.kind === Kind.SCHEMA_EXTENSION) return 'the schema';
    if ('name' in ancestor && ancestor.name?.kind === Kind.NAME) names.push(ancestor.name.value);
  }
  if (names.length === 3) return `${names[0]}.${names[1]}(${names[2]}:)`;
  return names.join('.') || 'the schema';
}

function isArray(value: ASTNode | readonly ASTNode[]): value is readonly ASTNode[] {
  return Array.isArray(value);
}
