// REST shapes of docs/protocol.md §2 (and the extensions in docs/api.md), shared by server and client.
import { z } from 'zod';
import { inputLimits } from './limits';

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, 'username is required').max(inputLimits.username, 'username is too long'),
  password: z.string().min(1, 'password is required').max(inputLimits.password, 'password is too long'),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export type Role = 'student' | 'teacher' | 'assessor' | 'admin';

export interface PublicUser {
  id: string;
  name: string;
  role: Role;
  institutionId: string;
}

export interface LoginResponse {
  token: string;
  user: PublicUser;
}

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface SceneSummary {
  id: string;
  title: LocalizedText;
  occupation: string;
  rubricVersion: string;
  criteria: { id: string; weight: number }[];
}

export interface ClassListItem {
  id: string;
  code: string;
  name: string;
  studentCount: number;
  teacherNames: string[];
}

export interface InstitutionOverviewResponse {
  institution: { id: string; name: string };
  usersByRole: Record<Role, number>;
  classCount: number;
}

/** GET /api/auth/me: the signed-in user, fresh from the store. */
export interface MeResponse {
  user: PublicUser;
}

/** GET /api/info: what the login page may show before sign-in (the non-admin demo accounts, only in demo mode). */
export interface ServerInfoResponse {
  name: 'VocaXR';
  demo: boolean;
  demoAccounts?: { username: string; role: string }[];
  demoPassword?: string;
}
