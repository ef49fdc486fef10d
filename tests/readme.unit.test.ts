// The README's rules table is generated from schema/departments.json (`npm run readme`): it must
// say what the departments' rules are now, and which of them are the project's reading.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDepartmentsManifest } from '@fupin/kit';
import { describe, expect, it } from 'vitest';
import { blockOf, renderRules } from '../scripts/lib/readme/render.js';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const manifest = readDepartmentsManifest();

describe("the README's rules table", () => {
  it('is the one generated from the departments artefact (run npm run readme)', () => {
    expect(blockOf(readme, 'rules')).toBe(renderRules(manifest).trim());
  });

  it('lists every rule once, marking each INTERPRETATION', () => {
    const block = blockOf(readme, 'rules');
    for (const department of manifest.departments) {
      for (const rule of department.rules) {
        const row = block.split('\n').filter((line) => line.includes(`| \`${rule.id}\` |`));
        expect(row, rule.id).toHaveLength(1);
        expect(row[0]!.endsWith(rule.basis === 'DOCUMENT' ? '| DOCUMENT |' : '| **INTERPRETATION** |'), rule.id).toBe(
          true,
        );
      }
    }
  });
});
