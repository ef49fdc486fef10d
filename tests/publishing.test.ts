import { DEVELOPMENT_AUTH_SECRET, mintToken } from '@fupin/kit';
import { postGraphQL } from '@fupin/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type RunningGraph } from './support/graph.js';

// A department publishes its own figures through the gateway; a reader sees them, with their
// history, in the next query; no other department can change them by any route.

let graph: RunningGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const token = (department: string, role: 'publisher' | 'reader' = 'publisher') =>
  mintToken(DEVELOPMENT_AUTH_SECRET, { subject: `${department}-officer`, department, role });
const bearer = async (department: string, role: 'publisher' | 'reader' = 'publisher') => ({
  authorization: `Bearer ${await token(department, role)}`,
});

const PUBLISH_TRANSPORT = `mutation ($input: PublishObservationsInput!) {
  publishTransportObservations(input: $input) { batchId rowsWritten replayed observations { indicator { id name } county { name } year value revision publishedBy } }
}`;
// The README's reader query, on 黄梅县 and the figure the 10-km rule reads: the townships with
// tasks that got at least 10 km of upgrades, out of all townships with tasks.
const TEN_KM = 'transport.everyTownshipWithTasksUpgraded10Km';
const READER = `{
  county(code: "421127") {
    name
    transport(year: 2019) {
      townshipsWithTasksUpgraded10Km townshipsWithTasks townshipsUpgraded10KmShare sample
      rules { rule { id } status actual required gap }
      history(indicator: "transport.townshipsWithTasksUpgraded10Km") { revision value publishedBy publishedAt note sample }
    }
  }
}`;

describe('publishing through the gateway', () => {
  it("turns 黄梅县's 10-km rule from NOT_MET to MET, and the reader sees the figure and its history in one query", async () => {
    const before = (await graph.query(READER)).body.data!.county.transport;
    const rule = (view: any) => view.rules.find((r: any) => r.rule.id === TEN_KM);
    // Some of its townships with tasks got less than 10 km in 2019.
    expect(before.townshipsWithTasksUpgraded10Km).toBeLessThan(before.townshipsWithTasks);
    expect(rule(before)).toMatchObject({ status: 'NOT_MET', required: 100 });
    expect(rule(before).actual).toBeCloseTo(
      (before.townshipsWithTasksUpgraded10Km / before.townshipsWithTasks) * 100,
      5,
    );

    // The correction: every township with tasks got its 10 km.
    const upgraded = before.townshipsWithTasks;
    const { body } = await graph.query(
      PUBLISH_TRANSPORT,
      {
        input: {
          idempotencyKey: 'transport-2019-huangmei',
          rows: [
            {
              indicator: 'transport.townshipsWithTasksUpgraded10Km',
              county: '421127',
              year: 2019,
              value: upgraded,
              note: '年报更正',
              replacesRevision: 1,
            },
          ],
        },
      },
      await bearer('transport'),
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.publishTransportObservations.observations[0]).toMatchObject({
      indicator: { id: 'transport.townshipsWithTasksUpgraded10Km', name: expect.any(String) },
      county: { name: '黄梅县' },
      revision: 2,
      publishedBy: 'transport-officer',
    });

    const after = (await graph.query(READER)).body.data!.county.transport;
    expect(after.townshipsWithTasksUpgraded10Km).toBe(upgraded);
    expect(after.townshipsUpgraded10KmShare).toBeCloseTo(100, 6);
    expect(rule(after)).toMatchObject({ status: 'MET', actual: 100, required: 100, gap: 0 });
    expect(after.history.map((h: any) => [h.revision, h.value, h.publishedBy, h.sample])).toEqual([
      [1, before.townshipsWithTasksUpgraded10Km, 'sample-data', true],
      [2, upgraded, 'transport-officer', false],
    ]);
    expect(after.history[1].note).toBe('年报更正');
    expect(after.sample).toBe(true); // the other figures of that year are still sample
  });
});

describe("no other department can change transport's figures", () => {
  const row = { indicator: 'transport.townshipsWithTasks', county: '421182', year: 2020, value: 1 };
  const transportValue = async () =>
    (await graph.query(`{ county(code: "421182") { transport(year: 2020) { townshipsWithTasks } } }`)).body.data!.county
      .transport.townshipsWithTasks;

  it("refuses finance's publisher on transport's mutation, through the gateway and directly at the subgraph", async () => {
    const value = await transportValue();
    const viaGateway = await graph.query(PUBLISH_TRANSPORT, { input: { rows: [row] } }, await bearer('finance'));
    expect(viaGateway.body.errors?.[0]?.extensions?.code, JSON.stringify(viaGateway.body.errors)).toBe('FORBIDDEN');
    const transportUrl = graph.subgraphs.find((s) => s.name === 'transport')!.url;
    const direct = await postGraphQL(
      transportUrl,
      `mutation ($input: PublishObservationsInput!) { publishTransportObservations(input: $input) { rowsWritten } }`,
      { input: { rows: [row] } },
      await bearer('finance'),
    );
    expect(direct.body.errors?.[0]?.extensions?.code, JSON.stringify(direct.body.errors)).toBe('FORBIDDEN');
    expect(await transportValue()).toBe(value);
  });

  it("refuses transport's indicators on finance's own mutation, and a reader and a forged token anywhere", async () => {
    const value = await transportValue();
    const own = await graph.query(
      `mutation ($input: PublishObservationsInput!) { publishFinanceObservations(input: $input) { rowsWritten } }`,
      { input: { rows: [row] } },
      await bearer('finance'),
    );
    expect(own.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BATCH_REJECTED',
      rowErrors: [{ code: 'UNKNOWN_INDICATOR' }],
    });
    const reader = await graph.query(
      PUBLISH_TRANSPORT,
      { input: { rows: [row] } },
      await bearer('transport', 'reader'),
    );
    expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forged = await mintToken('a-secret-that-the-services-do-not-know-of-at-all', {
      subject: 'mallory',
      department: 'transport',
      role: 'publisher',
    });
    const refused = await graph.query(
      PUBLISH_TRANSPORT,
      { input: { rows: [row] } },
      { authorization: `Bearer ${forged}` },
    );
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await transportValue()).toBe(value);
  });

  it('keeps 省民政厅 and 省卫生计生委 apart, though both publish to the health subgraph', async () => {
    const PUBLISH_HEALTH = `mutation ($input: PublishObservationsInput!) { publishHealthObservations(input: $input) { rowsWritten } }`;
    const clinics = { indicator: 'health.villagesWithStandardClinic', county: '421182', year: 2020, value: 100 };
    const funds = { indicator: 'health.medicalAssistanceFunds', county: '421182', year: 2020, value: 900 };
    const civil = await graph.query(PUBLISH_HEALTH, { input: { rows: [clinics] } }, await bearer('civil-affairs'));
    expect(civil.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BATCH_REJECTED',
      rowErrors: [{ code: 'NOT_YOUR_INDICATOR' }],
    });
    const own = await graph.query(PUBLISH_HEALTH, { input: { rows: [funds] } }, await bearer('civil-affairs'));
    expect(own.body.data?.publishHealthObservations).toEqual({ rowsWritten: 1 });
  });

  it('shows each department its own audit log, with the refusals', async () => {
    const { body } = await graph.query(
      `{ transportAuditLog { outcome subject department } }`,
      undefined,
      await bearer('transport', 'reader'),
    );
    expect(body.errors).toBeUndefined();
    const outcomes = body.data!.transportAuditLog.map((e: any) => e.outcome);
    expect(outcomes).toContain('ACCEPTED');
    expect(outcomes).toContain('FORBIDDEN'); // the transport reader's attempt
    const other = await graph.query(`{ transportAuditLog { outcome } }`, undefined, await bearer('finance', 'reader'));
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
