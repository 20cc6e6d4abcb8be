// Shared set-up of the exam tests: the demo people signed in (token and id), and REST calls.
import type { CreateExamRequest, Exam } from '../../../scenes/protocol/exams';
import { signInAs, type TestServer } from '../../support/testServer';

export const people = ['student1', 'student2', 'student3', 'teacher1', 'assessor1', 'assessor2', 'assessor3', 'admin1'] as const;
export type Person = (typeof people)[number];

export interface Cast {
  token: Record<Person, string>;
  id: Record<Person, string>;
}

export async function signInAll(url: string): Promise<Cast> {
  const answers = await Promise.all(people.map((p) => signInAs(url, p)));
  const token = Object.fromEntries(people.map((p, i) => [p, answers[i]!.token])) as Record<Person, string>;
  const id = Object.fromEntries(people.map((p, i) => [p, answers[i]!.user.id])) as Record<Person, string>;
  return { token, id };
}

export interface ExamApi {
  call(method: string, path: string, token: string, body?: unknown): Promise<Response>;
  /** POST /api/exams; throws unless 201. */
  create(token: string, request: CreateExamRequest): Promise<Exam>;
  get(examId: string, token: string): Promise<Exam>;
}

export function examApi(url: () => string): ExamApi {
  const call = (method: string, path: string, token: string, body?: unknown) =>
    fetch(`${url()}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  return {
    call,
    create: async (token, request) => {
      const response = await call('POST', '/api/exams', token, request);
      if (response.status !== 201) throw new Error(`POST /api/exams: HTTP ${response.status} ${await response.text()}`);
      return ((await response.json()) as { exam: Exam }).exam;
    },
    get: async (examId, token) => {
      const response = await call('GET', `/api/exams/${examId}`, token);
      if (!response.ok) throw new Error(`GET /api/exams/${examId}: HTTP ${response.status} ${await response.text()}`);
      return ((await response.json()) as { exam: Exam }).exam;
    },
  };
}

/** A window open from `nowMs` - 1 min for `hours`, a time limit and one judge. */
export function examRequest(cast: Cast, nowMs: number, overrides: Partial<CreateExamRequest> = {}): CreateExamRequest {
  return {
    sceneId: 'welding-bead',
    title: 'Hàn giáp mối — kiểm tra',
    candidateIds: [cast.id.student1, cast.id.student2],
    assessorIds: [],
    opensAt: new Date(nowMs - 60_000).toISOString(),
    closesAt: new Date(nowMs + 2 * 3_600_000).toISOString(),
    timeLimitMs: 20 * 60_000,
    judges: 1,
    ...overrides,
  };
}

/** The error code of a refused call, with its status: "403 forbidden". */
export async function refusal(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: { code?: string } };
  return `${response.status} ${body.error?.code ?? '?'}`;
}

export type { TestServer };
