import { Kind, parse, type ConstDirectiveNode } from 'graphql';
import { subgraphEnvName } from './config.js';

export interface SupergraphSubgraph {
  /** The subgraph's name, as composition was given it (`catalog`, `finance-insurance`). */
  name: string;
  /** The URL composition recorded for it: where it listens when run locally. */
  url: string;
}

/** The subgraphs a supergraph joins, read from the `@join__graph(name:, url:)` of its `join__Graph` enum. */
export function supergraphSubgraphs(supergraphSdl: string): SupergraphSubgraph[] {
  const subgraphs: SupergraphSubgraph[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const joinGraph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const name = joinGraph && stringArgument(joinGraph, 'name');
      const url = joinGraph && stringArgument(joinGraph, 'url');
      if (name === undefined || url === undefined) {
        throw new Error(`join__Graph.${value.name.value} has no @join__graph(name:, url:)`);
      }
      subgraphs.push({ name, url });
    }
  }
  if (subgraphs.length === 0) throw new Error('the supergraph joins no subgraph (no join__Graph enum)');
  return subgraphs;
}

/**
 * The URL of every subgraph: its `SUBGRAPH_<NAME>_URL` override, else the supergraph's own.
 * An override that names no subgraph is a typo that would otherwise go unnoticed, so it throws.
 */
export function resolveSubgraphUrls(
  supergraphSdl: string,
  overrides: Readonly<Record<string, string>>,
): Record<string, string> {
  const subgraphs = supergraphSubgraphs(supergraphSdl);
  const known = new Set(subgraphs.map((subgraph) => subgraphEnvName(subgraph.name)));
  const unknown = Object.keys(overrides).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `${unknown.map((name) => `SUBGRAPH_${name}_URL`).join(', ')} names no subgraph of the supergraph ` +
        `(it has ${[...known].join(', ')})`,
    );
  }
  return Object.fromEntries(
    subgraphs.map((subgraph) => [subgraph.name, overrides[subgraphEnvName(subgraph.name)] ?? subgraph.url]),
  );
}

/**
 * Each subgraph's own timeout from `SUBGRAPH_<NAME>_TIMEOUT_MS`, by subgraph name (`finance-insurance`);
 * a subgraph not named keeps `SUBGRAPH_TIMEOUT_MS`. A variable that names no subgraph throws, as
 * for URLs.
 */
export function resolveSubgraphTimeouts(
  supergraphSdl: string,
  overrides: Readonly<Record<string, number>>,
): Record<string, number> {
  const subgraphs = supergraphSubgraphs(supergraphSdl);
  const byEnvName = new Map(subgraphs.map((subgraph) => [subgraphEnvName(subgraph.name), subgraph.name]));
  const unknown = Object.keys(overrides).filter((name) => !byEnvName.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `${unknown.map((name) => `SUBGRAPH_${name}_TIMEOUT_MS`).join(', ')} names no subgraph of the supergraph ` +
        `(it has ${[...byEnvName.keys()].join(', ')})`,
    );
  }
  return Object.fromEntries(Object.entries(overrides).map(([name, ms]) => [byEnvName.get(name)!, ms]));
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const argument = directive.arguments?.find((arg) => arg.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}
