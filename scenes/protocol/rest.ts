// REST shapes of docs/protocol.md §2 (and the extensions in docs/api.md), shared by server and client.
import { z } from 'zod';
import { inputLimits } from './limits';
import type { JudgementAspect } from './marking';

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, 'username is required').max(inputLimits.username, 'username is too long'),
  password: z.string().min(1, 'password is required').max(inputLimits.password, 'password is too long'),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** Every role, once: the server's storage, its checks and the client all use this list. */
export const roles = ['student', 'teacher', 'assessor', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface PublicUser {
  id: string;
  name: string;
  role: Role;
  institutionId: string;
}

/**
 * POST /api/auth/login. `token` is the short-lived access token (Bearer); `refreshToken` buys new
 * access tokens from POST /api/auth/refresh until the sign-in ends (sign-out, admin, its lifetime).
 * `expiresAt` is when `token` expires (ISO 8601).
 */
export interface LoginResponse {
  token: string;
  refreshToken: string;
  expiresAt: string;
  user: PublicUser;
}

export const refreshRequestSchema = z.object({
  refreshToken: z.string().min(1, 'refreshToken is required').max(512, 'refreshToken is too long'),
});
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

/** POST /api/auth/logout: by the Bearer token, or by this refresh token when the access token expired. */
export const logoutRequestSchema = z.object({ refreshToken: refreshRequestSchema.shape.refreshToken.optional() });

/** POST /api/auth/refresh: a new access token of the same sign-in, role fresh from the store. */
export interface RefreshResponse {
  token: string;
  expiresAt: string;
  user: PublicUser;
}

/** PATCH /api/users/:id (admin): change a user's role or disable (soft-delete) the account. */
export const userUpdateSchema = z
  .object({
    role: z.enum(roles, { message: 'role must be student, teacher, assessor or admin' }).optional(),
    disabled: z.boolean({ message: 'disabled must be true or false' }).optional(),
  })
  .strict()
  .refine((update) => update.role !== undefined || update.disabled !== undefined, { message: 'give "role" or "disabled"' });
export type UserUpdateRequest = z.infer<typeof userUpdateSchema>;

export interface UserUpdateResponse {
  user: PublicUser & { disabled: boolean };
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
  /** *ext*: the standard's judgement aspects for exam marking (docs/scenes/README.md "Marking"); always sent, [] for none. */
  judgementAspects?: JudgementAspect[];
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
