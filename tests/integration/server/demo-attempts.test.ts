// A fresh demo database comes with sample attempts, stored and scored exactly as real ones: a
// teacher sees them in the class list, and each one's stored log re-scores to its stored report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, SessionListItem } from '../../../scenes/protocol/review';
import type { ScoreReport } from '../../../scenes/rubric/report';
import { scoreLog } from '../../../scenes/rubric/scoreLog';
import { findScene, sceneRegistry } from '../../../scenes/registry';
import { loginAs, startTestServer, type TestServer } from '../../support/testServer';
import { parseNdjson } from '../../support/trainingClient';

// Every registered scene brings its own demo plans.
const demoAttemptCount = sceneRegistry.reduce((count, scene) => count + scene.demoPlans.flat().length, 0);

describe('demo sample attempts', () => {
  let server: TestServer;
  let token: string;
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status, path).toBe(200);
    return (path.endsWith('/events') ? parseNdjson(await response.text()) : await response.json()) as T;
  };

  beforeAll(async () => {
    server = await startTestServer({}, { demoAttempts: true });
    token = await loginAs(server.url, 'teacher1');
  });
  afterAll(() => server?.dispose());

  it('gives the demo class finished attempts whose logs re-score to their reports', async () => {
    const [demoClass] = await get<{ id: string }[]>('/api/classes');
    const page = await get<Page<SessionListItem>>(`/api/classes/${demoClass!.id}/sessions?pageSize=100`);
    expect(page.total).toBe(demoAttemptCount);
    expect(new Set(page.items.map((s) => s.learnerName)).size).toBe(3);
    expect(page.items.some((s) => s.passed)).toBe(true);
    expect(page.items.some((s) => !s.passed)).toBe(true);
    expect(new Set(page.items.map((s) => s.sceneId))).toEqual(new Set(sceneRegistry.map((scene) => scene.summary.id)));
    for (const item of page.items) {
      const session = await get<{ result: ScoreReport; ackedSeq: number; params: Record<string, unknown> }>(`/api/sessions/${item.id}`);
      const events = await get<ReturnType<typeof parseNdjson>>(`/api/sessions/${item.id}/events`);
      expect(events.length).toBe(session.ackedSeq);
      // Re-scored with the server's stored params (the fire class of a fire-extinguisher attempt).
      expect(scoreLog(findScene(item.sceneId)!, events, session.params)).toEqual(session.result);
    }
  });

  it('is not seeded again on a database that already has data', async () => {
    const restarted = await startTestServer({ DATABASE_URL: `sqlite:${server.dataDir}/vocaxr.db` }, { demoAttempts: true });
    try {
      const [demoClass] = await get<{ id: string }[]>('/api/classes');
      const again = await fetch(`${restarted.url}/api/classes/${demoClass!.id}/sessions`, { headers: { Authorization: `Bearer ${token}` } });
      expect(((await again.json()) as Page<SessionListItem>).total).toBe(demoAttemptCount);
    } finally {
      await restarted.stop();
    }
  });
});
