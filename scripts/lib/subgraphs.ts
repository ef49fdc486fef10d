import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DepartmentsManifest, SubgraphDefinition } from '@fupin/kit';

/**
 * Every subgraph of the graph, found rather than listed: a folder under `services/` is a subgraph
 * when its package.json says so,
 *
 * ```json
 * "fupin": { "subgraph": "finance", "definition": "./src/subgraph.ts#financeSubgraph" }
 * ```
 *
 * naming the subgraph and the module export that defines it. `npm start`, `npm run compose`, the
 * benchmarks and the cross-department tests read this, so adding a department is adding its folder.
 *
 * A subgraph made from the departments artefact (the catalog and the assessment, which read
 * `schema/departments.json` to know the departments) names its factory as well,
 * `"fromDepartments": "./src/create-subgraph.ts#createCatalogSubgraph"`: a function of a
 * `DepartmentsManifest` that returns its definition. `npm run compose` calls it with the
 * departments it is about to write, so that one run gives a consistent schema/ when a department
 * folder is added (the definition export reads the artefact on disk, which compose is replacing).
 */
export interface SubgraphPackage {
  /** The subgraph's name in the supergraph: `finance-insurance`. */
  name: string;
  /** The npm package: `@fupin/finance-insurance`. */
  packageName: string;
  /** Its folder. */
  dir: string;
  /** The module that exports the definition, and the export's name. */
  module: string;
  exportName: string;
  /** The module that runs it on its own (`src/main.ts`), as deployed. */
  main: string;
  /** Its factory from the departments artefact, if it is made from it. */
  fromDepartments?: { module: string; exportName: string };
}

export const servicesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../services');

interface Marker {
  subgraph?: unknown;
  definition?: unknown;
  fromDepartments?: unknown;
}

function moduleExport(where: string, key: string, value: unknown): { module: string; exportName: string } {
  const [modulePath, exportName] = typeof value === 'string' ? value.split('#') : [];
  if (!modulePath || !exportName) {
    throw new Error(`${where}: "fupin.${key}" must be "<module>#<export>", not ${JSON.stringify(value)}`);
  }
  return { module: modulePath, exportName };
}

function findSubgraphPackages(): SubgraphPackage[] {
  const found: SubgraphPackage[] = [];
  for (const entry of readdirSync(servicesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(servicesDir, entry.name);
    let manifest: { name?: string; fupin?: Marker };
    try {
      manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    const marker = manifest.fupin;
    if (!marker || marker.subgraph === undefined) continue;
    const where = `services/${entry.name}/package.json`;
    if (typeof marker.subgraph !== 'string' || typeof marker.definition !== 'string') {
      throw new Error(`${where}: "fupin" must name "subgraph" and "definition": "./src/subgraph.ts#exportName"`);
    }
    const [modulePath, exportName] = marker.definition.split('#');
    if (!modulePath || !exportName) {
      throw new Error(`${where}: "fupin.definition" must be "<module>#<export>", not ${marker.definition}`);
    }
    const factory =
      marker.fromDepartments === undefined ? undefined : moduleExport(where, 'fromDepartments', marker.fromDepartments);
    found.push({
      name: marker.subgraph,
      packageName: manifest.name ?? entry.name,
      dir,
      module: path.resolve(dir, modulePath),
      exportName,
      main: path.join(dir, 'src/main.ts'),
      ...(factory && {
        fromDepartments: { module: path.resolve(dir, factory.module), exportName: factory.exportName },
      }),
    });
  }
  const names = new Set<string>();
  for (const { name } of found) {
    if (names.has(name)) throw new Error(`two folders under services/ declare subgraph ${name}`);
    names.add(name);
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** The subgraph packages, by name (sorted); read once, when this module loads. */
export const subgraphPackages: readonly SubgraphPackage[] = findSubgraphPackages();

async function loadDefinition(pkg: SubgraphPackage): Promise<SubgraphDefinition<any>> {
  const module = (await import(pathToFileURL(pkg.module).href)) as Record<string, unknown>;
  const definition = module[pkg.exportName] as SubgraphDefinition<any> | undefined;
  if (!definition || typeof definition !== 'object' || typeof definition.name !== 'string') {
    throw new Error(`${pkg.module} does not export a subgraph definition named ${pkg.exportName}`);
  }
  if (definition.name !== pkg.name) {
    throw new Error(`${pkg.packageName} declares subgraph ${pkg.name} but defines ${definition.name}`);
  }
  return definition;
}

/** Each subgraph's definition by name, loaded on demand. */
export const subgraphLoaders: Readonly<Record<string, () => Promise<SubgraphDefinition<any>>>> = Object.fromEntries(
  subgraphPackages.map((pkg) => [pkg.name, () => loadDefinition(pkg)]),
);

const byPort = (a: SubgraphDefinition<any>, b: SubgraphDefinition<any>) => a.defaultPort - b.defaultPort;

/** Every subgraph's definition, in the order of their default ports (the catalog first). */
export async function loadSubgraphs(): Promise<SubgraphDefinition<any>[]> {
  const definitions = await Promise.all(subgraphPackages.map(loadDefinition));
  return definitions.sort(byPort);
}

type DepartmentsFactory = (manifest: DepartmentsManifest) => SubgraphDefinition<any>;

async function loadFactory(pkg: SubgraphPackage & { fromDepartments: object }): Promise<DepartmentsFactory> {
  const { module: file, exportName } = pkg.fromDepartments;
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const factory = module[exportName];
  if (typeof factory !== 'function') throw new Error(`${file} does not export a function named ${exportName}`);
  return (manifest) => {
    const definition = (factory as DepartmentsFactory)(manifest);
    if (definition?.name !== pkg.name) {
      throw new Error(`${pkg.packageName}'s ${exportName} defines ${definition?.name}, not subgraph ${pkg.name}`);
    }
    return definition;
  };
}

/**
 * Every subgraph's definition as `npm run compose` builds them, with the departments artefact they
 * make: the department parts of every subgraph in the order of their ports, and the subgraphs
 * made from the artefact (`fromDepartments`) made from those departments rather than from the
 * artefact on disk, whose definition modules are not even loaded (so that a stale or missing
 * artefact is what compose repairs, not what stops it). Their own department parts (the
 * catalog's progress) come from their code, whatever manifest they are given.
 */
export async function loadSubgraphsForCompose(): Promise<{
  definitions: SubgraphDefinition<any>[];
  departments: DepartmentsManifest;
}> {
  const plain = await Promise.all(subgraphPackages.filter((pkg) => !pkg.fromDepartments).map(loadDefinition));
  const factories = await Promise.all(
    subgraphPackages.flatMap((pkg) =>
      pkg.fromDepartments ? [loadFactory({ ...pkg, fromDepartments: pkg.fromDepartments })] : [],
    ),
  );
  const manifestOf = (definitions: SubgraphDefinition<any>[]): DepartmentsManifest => ({
    departments: [...definitions].sort(byPort).flatMap((definition) => definition.departments ?? []),
  });
  // First with the plain subgraphs' departments, to learn the factories' own; then with all.
  const own = factories.map((factory) => factory(manifestOf(plain)));
  const departments = manifestOf([...plain, ...own]);
  const definitions = [...plain, ...factories.map((factory) => factory(departments))].sort(byPort);
  return { definitions, departments };
}

/** The local URL a subgraph has by default; the supergraph records it, the gateway may override it. */
export function defaultSubgraphUrl(definition: SubgraphDefinition<unknown>): string {
  return `http://127.0.0.1:${definition.defaultPort}/graphql`;
}
