// Every REST endpoint the client calls, each with its answer's type from scenes/protocol, so a
// page names what it loads (`endpoints.classes()`) and gets typed data without a cast. Paths
// are built here, ids escaped once.
import type {
  ClassListItem,
  InstitutionOverviewResponse,
  LoginRequest,
  LoginResponse,
  MeResponse,
  PublicUser,
  RefreshRequest,
  RefreshResponse,
  SceneSummary,
  ServerInfoResponse,
} from '../../scenes/protocol/rest';
import type { SessionDiscardAck } from '../../scenes/protocol/training';
import type { CreateExamRequest, Exam, ExamResponse, StopCandidateRequest } from '../../scenes/protocol/exams';
import type { ScoreReport } from '../../scenes/rubric/report';
import type { ExamOutcome, ExamResultRow, MarkHistoryResponse, MarkingResponse, PutMarksRequest, SignOffResponse } from '../../scenes/protocol/marking';
import type { CertificateStatusResponse, CertificateSummary, RevokeCertificateRequest, VerifyResponse } from '../../scenes/protocol/certificates';
import type { ClassAnalytics, LearnerProgress, LearnerSummary, Page, SessionCommentResponse, SessionDetailResponse, SessionIntegrityResponse, SessionListItem } from '../../scenes/protocol/review';

/** GET /api/learners/:id/profile (PROTOCOL §2), typed here: scenes/protocol has no type for it yet. */
export interface LearnerProfile {
  learner: { id: string; name: string };
  results: { sessionId: string; sceneId: string; mode: 'practice' | 'exam'; total: number; passed: boolean; finishedAt: string; exam?: ExamOutcome }[];
}

/** A GET endpoint: its path under /api; the type parameter is the JSON it answers. */
export interface Endpoint<Response> {
  readonly path: string;
  /** Never set: carries the answer's type. */
  readonly response?: Response;
}

/** A call that sends a JSON body. */
export interface Command<Request, Response> extends Endpoint<Response> {
  readonly method: 'POST' | 'PUT';
  readonly body: Request;
}

const get = <Response>(path: string): Endpoint<Response> => ({ path });
const id = encodeURIComponent;

/** `query` is a query string with its leading "?" (or empty), e.g. from sessionListQueryString. */
export const endpoints = {
  info: () => get<ServerInfoResponse>('/info'),
  me: () => get<MeResponse>('/auth/me'),
  scenes: () => get<SceneSummary[]>('/scenes'),
  classes: () => get<ClassListItem[]>('/classes'),
  classStudents: (classId: string) => get<PublicUser[]>(`/classes/${id(classId)}/students`),
  institution: () => get<InstitutionOverviewResponse>('/institution'),
  /** The institution's assessors, from whom an exam's co-assessors are picked (assessor, admin). */
  institutionAssessors: () => get<PublicUser[]>('/institution/assessors'),
  /** An assessor's exams, an admin's institution's, a student's own (docs/api.md "Exams"). */
  exams: () => get<Exam[]>('/exams'),
  classSessions: (classId: string, query = '') => get<Page<SessionListItem>>(`/classes/${id(classId)}/sessions${query}`),
  classLearners: (classId: string, query = '') => get<LearnerSummary[]>(`/classes/${id(classId)}/learners${query}`),
  classAnalytics: (classId: string, query = '') => get<ClassAnalytics>(`/classes/${id(classId)}/analytics${query}`),
  learnerSessions: (learnerId: string, query = '') => get<Page<SessionListItem>>(`/learners/${id(learnerId)}/sessions${query}`),
  learnerProgress: (learnerId: string) => get<LearnerProgress>(`/learners/${id(learnerId)}/progress`),
  session: (sessionId: string) => get<SessionDetailResponse>(`/sessions/${id(sessionId)}`),
  /** PROTOCOL §9: the log's chain head now against the one sealed when the attempt ended. */
  sessionIntegrity: (sessionId: string) => get<SessionIntegrityResponse>(`/sessions/${id(sessionId)}/integrity`),
  /** NDJSON, read as a stream (useSessionLog), not as JSON. */
  sessionEvents: (sessionId: string) => get<never>(`/sessions/${id(sessionId)}/events`),
  login: (body: LoginRequest): Command<LoginRequest, LoginResponse> => ({ path: '/auth/login', method: 'POST', body }),
  /** A new access token of the same sign-in (the refresh token does not change: tabs share it). */
  refresh: (refreshToken: string): Command<RefreshRequest, RefreshResponse> => ({ path: '/auth/refresh', method: 'POST', body: { refreshToken } }),
  /** Ends the sign-in everywhere (access tokens, refresh token, sockets); answers 204. By the Bearer token, or this refresh token when that has expired. */
  logout: (refreshToken: string): Command<{ refreshToken: string }, void> => ({ path: '/auth/logout', method: 'POST', body: { refreshToken } }),
  /** The learner discards their own open practice attempt (it ends as abandoned, scored). */
  discardSession: (sessionId: string): Command<Record<string, never>, SessionDiscardAck> => ({ path: `/sessions/${id(sessionId)}/abandon`, method: 'POST', body: {} }),
  createExam: (body: CreateExamRequest): Command<CreateExamRequest, ExamResponse> => ({ path: '/exams', method: 'POST', body }),
  saveComment: (sessionId: string, text: string): Command<{ text: string }, SessionCommentResponse> => ({ path: `/sessions/${id(sessionId)}/comment`, method: 'PUT', body: { text } }),
  exam: (examId: string) => get<ExamResponse>(`/exams/${id(examId)}`),
  /** An exam's assessor ends a candidate's attempt (PROTOCOL §5); answers the report made from what the server holds. */
  stopCandidate: (examId: string, learnerId: string, reason: string): Command<StopCandidateRequest, { result: ScoreReport }> => ({
    path: `/exams/${id(examId)}/candidates/${id(learnerId)}/stop`,
    method: 'POST',
    body: { reason },
  }),
  /** A learner's finished results (PROTOCOL §2); a signed-off exam's carry `exam` (§7 ext). */
  learnerProfile: (learnerId: string) => get<LearnerProfile>(`/learners/${id(learnerId)}/profile`),
  /** PROTOCOL §7: an exam's candidates with measurement, judgement, final and marking state (its assessors, an admin). */
  examResults: (examId: string) => get<ExamResultRow[]>(`/exams/${id(examId)}/results`),
  /** §7 ext: one candidate's marking as the caller may see it (a judge: only their own marks until every judge has marked). */
  marking: (examId: string, learnerId: string) => get<MarkingResponse>(`/exams/${id(examId)}/candidates/${id(learnerId)}/marking`),
  /** §7 ext: every mark change of the candidate (who, when, from, to), oldest first. */
  markHistory: (examId: string, learnerId: string) => get<MarkHistoryResponse>(`/exams/${id(examId)}/candidates/${id(learnerId)}/marks/history`),
  putMarks: (examId: string, learnerId: string, body: PutMarksRequest): Command<PutMarksRequest, MarkingResponse> => ({
    path: `/exams/${id(examId)}/candidates/${id(learnerId)}/marks`,
    method: 'PUT',
    body,
  }),
  signOff: (examId: string, learnerId: string): Command<Record<string, never>, SignOffResponse> => ({
    path: `/exams/${id(examId)}/candidates/${id(learnerId)}/signoff`,
    method: 'POST',
    body: {},
  }),
  // Certificates (PROTOCOL §8): the credential, its status and verification are public.
  certificate: (certificateId: string) => get<Record<string, unknown>>(`/certificates/${id(certificateId)}`),
  certificateStatus: (certificateId: string) => get<CertificateStatusResponse>(`/certificates/${id(certificateId)}/status`),
  verifyCredential: (credential: Record<string, unknown>): Command<Record<string, unknown>, VerifyResponse> => ({ path: '/verify', method: 'POST', body: credential }),
  learnerCertificates: (learnerId: string) => get<CertificateSummary[]>(`/learners/${id(learnerId)}/certificates`),
  /** Who holds which certificate: all of the institution's for its admin, a teacher's learners' for a teacher. */
  institutionCertificates: () => get<CertificateSummary[]>('/institution/certificates'),
  revokeCertificate: (certificateId: string, reason: string): Command<RevokeCertificateRequest, { revoked: true }> => ({ path: `/certificates/${id(certificateId)}/revoke`, method: 'POST', body: { reason } }),
};
