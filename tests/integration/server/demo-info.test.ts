// GET /api/info, read by the login page before sign-in: in demo mode it lists the demo accounts
// a visitor may try, never the admin (whose rights cover the whole institution).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/testServer';
import type { ServerInfoResponse } from '../../../scenes/protocol/rest';

describe('GET /api/info', () => {
  let demo: TestServer;
  let plain: TestServer;
  beforeAll(async () => {
    [demo, plain] = await Promise.all([startTestServer(), startTestServer({ VOCAXR_DEMO: '0' })]);
  });
  afterAll(() => Promise.all([demo.dispose(), plain.dispose()]));

  it('lists the non-admin demo accounts only', async () => {
    const info = (await (await fetch(`${demo.url}/api/info`)).json()) as ServerInfoResponse;
    expect(info.demo).toBe(true);
    expect(info.demoAccounts?.map((a) => a.username)).toEqual(['student1', 'student2', 'student3', 'teacher1', 'assessor1', 'assessor2', 'assessor3']);
    expect(info.demoAccounts?.some((a) => a.role === 'admin')).toBe(false);
    expect(JSON.stringify(info)).not.toContain('admin1');
  });

  it('says nothing about accounts when demo data is off', async () => {
    expect(await (await fetch(`${plain.url}/api/info`)).json()).toEqual({ name: 'VocaXR', demo: false });
  });
});
