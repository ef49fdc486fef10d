// `npm run codegen -w @fupin/web`: writes src/gql/schema.graphql (the gateway's API schema, from
// the committed supergraph), src/gql/departments.ts and departments.graphql.ts (the department
// views and the documents that name every department, from the committed schema/departments.json
// and, for what each county view carries, the API schema: scripts/departments.ts), and the typed
// documents generated from every `graphql(...)` in src/ and in departments.graphql.ts.
// `--check` (`npm run codegen:check`) writes nothing and fails when a committed file is stale or a
// document does not match the schema.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { buildSchema } from 'graphql';
import { format, resolveConfig } from 'prettier';
import config from '../codegen.js';
import { API_SCHEMA_PATH, apiSchemaSdl } from './api-schema.js';
import {
  DEPARTMENTS_DATA_PATH,
  DEPARTMENTS_DOCUMENTS_PATH,
  departmentsDataSource,
  departmentsDocumentsSource,
  departmentViews,
  readManifest,
} from './departments.js';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const GENERATED_DIR = path.join(webDir, 'src', 'gql');

export interface StaleReport {
  /** Generated files (relative to web/) whose committed copy differs or is missing. */
  stale: string[];
  /** Files in src/gql that codegen no longer produces. */
  extra: string[];
}

/**
 * What codegen would write now, without writing it: file (relative to web/) → content, formatted
 * with the repository's prettier settings so that formatting the tree leaves the files as they are.
 */
export async function generatedFiles(): Promise<Map<string, string>> {
  const sdl = apiSchemaSdl();
  // Which views carry what (`baselineChecks`) is read from the same API schema the documents are typed against.
  const views = departmentViews(readManifest(), buildSchema(sdl));
  // Inside web/ and before src/ in path order, wherever the repository is: codegen orders the
  // documents by path, and a scratch folder elsewhere (/tmp) would sort before or after src/
  // depending on where the clone lives, changing the generated files.
  const cache = path.join(webDir, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(path.join(cache, 'fupin-web-codegen-'));
  const schemaFile = path.join(scratch, 'schema.graphql');
  writeFileSync(schemaFile, sdl);
  try {
    const files = new Map<string, string>();
    const add = async (file: string, content: string) => {
      const options = (await resolveConfig(file)) ?? {};
      const formatted = await format(content, { ...options, filepath: file });
      files.set(path.relative(webDir, file), formatted);
      return formatted;
    };
    await add(DEPARTMENTS_DATA_PATH, departmentsDataSource(views));
    // The department documents as they will be committed (formatted: prettier also formats the
    // GraphQL inside `graphql(...)`, and the client preset keys each document by its exact text),
    // read by codegen from a scratch copy so that --check writes nothing under src/.
    const documentsFile = path.join(scratch, path.basename(DEPARTMENTS_DOCUMENTS_PATH));
    writeFileSync(documentsFile, await add(DEPARTMENTS_DOCUMENTS_PATH, departmentsDocumentsSource(views)));
    const documents = [...(config.documents as string[]), documentsFile];
    const outputs = await generate(
      { ...config, schema: schemaFile, documents, cwd: webDir, silent: true, errorsOnly: true },
      false,
    );
    await add(API_SCHEMA_PATH, sdl);
    for (const output of outputs as Array<{ filename: string; content: string }>) {
      await add(path.resolve(webDir, output.filename), output.content);
    }
    return files;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function staleGeneratedFiles(): Promise<StaleReport> {
  const files = await generatedFiles();
  const stale = [...files].filter(([file, content]) => readOrNull(path.join(webDir, file)) !== content).map(([f]) => f);
  const extra = readdirSync(GENERATED_DIR)
    .map((name) => path.join('src', 'gql', name))
    .filter((file) => !files.has(file));
  return { stale, extra };
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.argv.includes('--check')) {
    const { stale, extra } = await staleGeneratedFiles();
    if (stale.length > 0 || extra.length > 0) {
      console.error(
        `web/src/gql is stale (${[...stale, ...extra.map((f) => `${f} (no longer generated)`)].join(', ')}): ` +
          'run `npm run codegen -w @fupin/web` and commit the result',
      );
      process.exit(1);
    }
    console.log('web/src/gql matches the supergraph and the documents');
  } else {
    const files = await generatedFiles();
    for (const file of readdirSync(GENERATED_DIR)) {
      if (!files.has(path.join('src', 'gql', file))) rmSync(path.join(GENERATED_DIR, file));
    }
    for (const [file, content] of files) writeFileSync(path.join(webDir, file), content);
    console.log(`wrote ${[...files.keys()].join(', ')}`);
  }
}
