// The command line of `npm run publish`.
import { parseArgs } from 'node:util';
import { MAX_BATCH_ROWS } from '@fupin/kit';
import { departmentIds } from './departments.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_GATEWAY } from './send.js';

export interface Options {
  department: string;
  file: string;
  dryRun: boolean;
  gateway: string;
  token: string | null;
  batchSize: number;
  /** Publish only the rows from this spreadsheet line on (to go on after a refused batch). */
  fromLine: number | null;
  json: boolean;
}

/** A command line that cannot run: exit 2. */
export class UsageError extends Error {}

export const USAGE = `Publish a department's figures from a spreadsheet:

  npm run publish -- --department <id> --file <figures.csv|figures.xlsx> [options]

  --department <id>    who publishes: ${departmentIds.join(', ')}
  --file <path>        a .csv (UTF-8) or .xlsx file; header row:
                       indicator,county,year,value,note,replaces_revision
  --dry-run            check the file only; send nothing (exit 0 if valid, 1 if not)
  --gateway <url>      the gateway (default $FUPIN_GATEWAY or ${DEFAULT_GATEWAY})
  --token <jwt>        a publisher token of the department (default $FUPIN_TOKEN)
  --batch-size <n>     rows per batch, 1–${MAX_BATCH_ROWS.toLocaleString('en')} (default ${DEFAULT_BATCH_SIZE})
  --from-line <n>      publish only the rows from spreadsheet line n on
  --json               print the report as JSON
  -h, --help           this text

Exit codes: 0 published (or valid, with --dry-run); 1 rows or a batch refused (by the check, a
subgraph, or the gateway: HTTP 4xx, e.g. PERSISTED_OPERATION_NOT_FOUND); 2 usage error; 3 no
answer (connection failure, timeout, HTTP 5xx: what was written stays written; run the same
command again).`;

/** `null` when help was asked for. */
export function parseOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Options | null {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        department: { type: 'string' },
        file: { type: 'string' },
        'dry-run': { type: 'boolean' },
        gateway: { type: 'string' },
        token: { type: 'string' },
        'batch-size': { type: 'string' },
        'from-line': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  if (values.help) return null;
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}" (the file goes after --file)`);

  const department = values.department as string | undefined;
  if (!department) throw new UsageError(`--department is required: one of ${departmentIds.join(', ')}`);
  if (!departmentIds.includes(department)) {
    throw new UsageError(`unknown department "${department}": one of ${departmentIds.join(', ')}`);
  }
  const file = values.file as string | undefined;
  if (!file) throw new UsageError('--file is required: the .csv or .xlsx file of figures');

  const gateway = (values.gateway as string | undefined) ?? env.FUPIN_GATEWAY ?? DEFAULT_GATEWAY;
  let url: URL;
  try {
    url = new URL(gateway);
  } catch {
    throw new UsageError(`--gateway "${gateway}" is not a URL (e.g. ${DEFAULT_GATEWAY})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--gateway "${gateway}" must be an http:// or https:// URL`);
  }

  const batchSize = wholeNumber(values['batch-size'] as string | undefined, '--batch-size', DEFAULT_BATCH_SIZE);
  if (batchSize < 1 || batchSize > MAX_BATCH_ROWS) {
    throw new UsageError(
      `--batch-size must be from 1 to ${MAX_BATCH_ROWS} (the most rows a batch may have); got ${batchSize}`,
    );
  }
  const fromLineText = values['from-line'] as string | undefined;
  const fromLine = fromLineText === undefined ? null : wholeNumber(fromLineText, '--from-line', 2);
  if (fromLine !== null && fromLine < 2)
    throw new UsageError('--from-line must be 2 or more (line 1 is the header row)');

  const dryRun = values['dry-run'] === true;
  const token = ((values.token as string | undefined) ?? env.FUPIN_TOKEN ?? '').trim() || null;
  if (!dryRun && !token) {
    throw new UsageError(
      'no token: pass --token <jwt> or set FUPIN_TOKEN (npm run token -- --department <id> --role publisher), or check the file with --dry-run',
    );
  }
  return { department, file, dryRun, gateway, token, batchSize, fromLine, json: values.json === true };
}

function wholeNumber(text: string | undefined, option: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`${option} must be a whole number; got "${text}"`);
  return Number(text);
}
