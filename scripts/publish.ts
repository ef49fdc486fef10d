// `npm run publish -- --department <id> --file <figures.csv|.xlsx>`: a department's figures from a
// spreadsheet, checked whole and then published through the gateway in batches. See README.md,
// "Publishing figures from a spreadsheet", and scripts/lib/publish/.
import { main } from './lib/publish/main.js';

process.exitCode = await main(process.argv.slice(2));
