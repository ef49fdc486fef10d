// `npm run token -- --department transport --role publisher [--subject name] [--expires 8h]`:
// prints a bearer token signed with the configured secret (AUTH_SECRET, or the development
// secret when none is set), for development and the README's examples. Only the token goes to
// stdout, so `TOKEN=$(npm run --silent token -- …)` captures it.
import { parseArgs } from 'node:util';
import { loadAuthConfig, mintToken, ROLES, type AuthConfig, type Role } from '@fupin/kit';
import { departmentIds } from './lib/publish/departments.js';

const usage = `usage: npm run token -- --department <id> --role <${ROLES.join('|')}> [--subject <name>] [--expires <8h>]`;
// Departments whose figures some subgraph publishes (the departments artefact's publishers): a
// token for any other could do nothing.

function fail(message: string): never {
  console.error(`${message}\n${usage}\ndepartments: ${departmentIds.join(', ')}`);
  process.exit(2);
}

let values: { department?: string; role?: string; subject?: string; expires?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      department: { type: 'string', short: 'd' },
      role: { type: 'string', short: 'r' },
      subject: { type: 'string', short: 's' },
      expires: { type: 'string', short: 'e', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const { department, role } = values;
if (!department || !departmentIds.includes(department))
  fail(`--department must be one of the departments below, not ${JSON.stringify(department ?? '')}`);
if (!ROLES.includes(role as Role)) fail(`--role must be ${ROLES.join(' or ')}, not ${JSON.stringify(role ?? '')}`);

let config: AuthConfig;
try {
  config = loadAuthConfig(process.env);
} catch (error) {
  fail((error as Error).message);
}
if (config.key.kind !== 'secret') {
  fail(`keys come from ${config.key.source}: tokens come from that identity provider, not from this script`);
}
let token: string;
try {
  token = await mintToken(config, {
    subject: values.subject ?? `${department}-${role}`,
    department,
    role: role as Role,
    expiresIn: values.expires,
  });
} catch (error) {
  fail((error as Error).message);
}

const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
  sub: string;
  exp: number;
};
console.error(
  `${claims.sub} (${department}, ${role}), valid until ${new Date(claims.exp * 1000).toISOString()}, ` +
    `signed with ${config.key.development ? 'the development secret' : 'AUTH_SECRET'} for ${config.audience}`,
);
console.log(token);
