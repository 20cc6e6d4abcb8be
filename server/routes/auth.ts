// /api/auth: POST /login, /refresh, /logout and GET /me.
import { Router } from 'express';
import { loginRequestSchema, logoutRequestSchema, refreshRequestSchema, type LoginResponse, type RefreshResponse } from '../../scenes/protocol/rest';
import { ApiError } from '../http/errors';
import { parseInput } from '../http/validate';
import type { Store } from '../storage/store';
import { toPublicUser } from '../auth/publicUser';
import { decoyPasswordHash, verifyPassword } from '../auth/passwords';
import { authOf, bearerToken, requireAuth } from '../auth/middleware';
import { defaultLoginLimits, loginAttemptOf, loginGuard, type LoginLimits } from '../auth/login/loginGuard';
import type { Authenticator } from '../auth/authenticate';
import type { SignInService } from '../auth/signIns';

export function authRoutes(store: Store, auth: Authenticator, signIns: SignInService, loginLimits: LoginLimits = defaultLoginLimits): Router {
  const router = Router();

  // The guard refuses floods and repeated wrong passwords before any hashing (./login/loginGuard.ts).
  router.post('/login', loginGuard(loginLimits), async (req, res) => {
    const { username, password } = parseInput(loginRequestSchema, req.body);
    const user = await store.directory.findUserByUsername(username);
    const ok = await loginAttemptOf(res).verify(async () => verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash())));
    if (!user || !ok) throw new ApiError('unauthorized', 'wrong username or password');
    const { token, refreshToken, expiresAtMs } = await signIns.start(user);
    const body: LoginResponse = { token, refreshToken, expiresAt: new Date(expiresAtMs).toISOString(), user: toPublicUser(user) };
    res.json(body);
  });

  router.post('/refresh', async (req, res) => {
    const { refreshToken } = parseInput(refreshRequestSchema, req.body);
    const refreshed = await signIns.refresh(refreshToken);
    if (!refreshed) throw new ApiError('unauthorized', 'this sign-in has ended (signed out, expired or the account changed); sign in again');
    const body: RefreshResponse = { token: refreshed.token, expiresAt: new Date(refreshed.expiresAtMs).toISOString(), user: toPublicUser(refreshed.user) };
    res.json(body);
  });

  // By the Bearer token, or by the refresh token when the access token has already expired (a
  // laptop woken from sleep): either way the whole sign-in ends.
  router.post('/logout', async (req, res) => {
    const caller = await auth.authenticate(bearerToken(req.headers.authorization));
    const body = req.body === undefined ? {} : parseInput(logoutRequestSchema, req.body);
    const signInId = caller?.signInId ?? (body.refreshToken === undefined ? undefined : await signIns.signInOf(body.refreshToken));
    if (!signInId) throw new ApiError('unauthorized', 'this sign-in has already ended; nothing to sign out of');
    await signIns.end(signInId);
    res.status(204).end();
  });

  router.get('/me', requireAuth(auth), async (_req, res) => {
    const user = await store.directory.findUserById(authOf(res).userId);
    if (!user) throw new ApiError('unauthorized', 'this account no longer exists; sign in again');
    res.json({ user: toPublicUser(user) });
  });

  return router;
}
