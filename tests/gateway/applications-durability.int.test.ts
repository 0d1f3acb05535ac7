import { createClient } from '@libsql/client';
import { collections } from '@xxgk/domain';
import type { ChildProcess } from 'node:child_process';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeEnv, startGatewayServer, waitForHttp } from '../../scripts/lib.mjs';
import { fetchProof, newSubmissionKey, submitApplicationMutation } from '../support/intake';
import { startCms, testDatabase, type TestCms } from '../support/payload';
import { freePort } from '../support/ports';

/**
 * An application is durable before the applicant is answered: the gateway runs as a real
 * process on the test database, is killed (SIGKILL: no shutdown, no flush) the moment its answer
 * arrives, and the case is then found by a new connection to the database.
 */
let cms: TestCms;
let gateway: ChildProcess | undefined;
let url = '';

const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    // The gateway runs in its own process group (scripts/lib.mjs): kill the whole group at once.
    process.kill(-child.pid!, 'SIGKILL');
  });

beforeAll(async () => {
  cms = await startCms();
  const port = await freePort();
  url = `http://127.0.0.1:${port}/graphql`;
  // The test's environment names the database, data folder and secret startCms prepared.
  gateway = startGatewayServer({ port, env: nodeEnv({ GATEWAY_PROOF_OF_WORK_MAX_NUMBER: '1000', REMINDER_CRON: 'off' }), stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForHttp(`http://127.0.0.1:${port}/health`, 120_000);
}, 180_000);
afterAll(async () => {
  if (gateway) await kill(gateway);
  await cms?.close();
});

const post = async (document: string, variables: Record<string, unknown> = {}) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: document, variables }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: { message: string }[] } };
};

/** The case with this receipt code, read by a connection opened now (not the test CMS's). */
const readCaseAfresh = async (caseNo: string): Promise<{ status: string; channel: string; hasApplicant: boolean } | null> => {
  const databaseUrl = process.env.DATABASE_URL!;
  if (testDatabase === 'mongodb') {
    const connection = await mongoose.createConnection(databaseUrl).asPromise();
    try {
      const doc = await connection.collection(collections.applicationCases).findOne({ caseNo });
      if (!doc) return null;
      const applicant = await connection.collection(collections.applicants).findOne({ _id: doc.applicant });
      return { status: doc.status, channel: doc.channel, hasApplicant: applicant !== null };
    } finally {
      await connection.close();
    }
  }
  const client = createClient({ url: databaseUrl });
  try {
    const { rows } = await client.execute({
      sql: 'SELECT c.status, c.channel, a.id AS applicant FROM application_cases c LEFT JOIN applicants a ON a.id = c.applicant_id WHERE c.case_no = ?',
      args: [caseNo],
    });
    const row = rows[0];
    return row ? { status: String(row.status), channel: String(row.channel), hasApplicant: row.applicant !== null } : null;
  } finally {
    client.close();
  }
};

describe('durability', () => {
  it('keeps an answered application when the gateway is killed right after answering', async () => {
    const proof = await fetchProof(post);
    const { body } = await post(submitApplicationMutation, {
      input: { applicantType: 'NATURAL_PERSON', name: '持久性测试', email: 'durable@example.cn', informationRequested: '2022 年学费标准', form: 'ELECTRONIC', delivery: 'EMAIL' },
      key: newSubmissionKey(),
      proof,
    });
    await kill(gateway!);
    expect(body.errors).toBeUndefined();
    const { receiptCode } = body.data.submitApplication;
    expect(await readCaseAfresh(receiptCode)).toEqual({ status: 'received', channel: 'online', hasApplicant: true });
  });
});
