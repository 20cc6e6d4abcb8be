// POST /api/auth/login and GET /api/auth/me.
import { Router } from 'express';
import { loginRequestSchema, type LoginResponse, type PublicUser } from '../../scenes/protocol/rest';
import { ApiError } from '../http/errors';
import { parseInput } from '../http/validate';
import type { Store, User } from '../storage/store';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { authOf, requireAuth } from './middleware';
import { defaultLoginLimits, loginAttemptOf, loginGuard, type LoginLimits } from './login/loginGuard';
import type { TokenService } from './tokens';

export const toPublicUser = (user: User): PublicUser => ({
  id: user.id,
  name: user.name,
  role: user.role,
  institutionId: user.institutionId,
});

export function authRoutes(store: Store, tokens: TokenService, loginLimits: LoginLimits = defaultLoginLimits): Router {
  const router = Router();

  // The guard refuses floods and repeated wrong passwords before any hashing (./login/loginGuard.ts).
  router.post('/login', loginGuard(loginLimits), async (req, res) => {
    const { username, password } = parseInput(loginRequestSchema, req.body);
    const user = await store.findUserByUsername(username);
    const ok = await loginAttemptOf(res).verify(async () => verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash())));
    if (!user || !ok) throw new ApiError('unauthorized', 'wrong username or password');
    const token = await tokens.issue({ userId: user.id, role: user.role, institutionId: user.institutionId });
    const body: LoginResponse = { token, user: toPublicUser(user) };
    res.json(body);
  });

  router.get('/me', requireAuth(tokens), async (_req, res) => {
    const user = await store.findUserById(authOf(res).userId);
    if (!user) throw new ApiError('unauthorized', 'this account no longer exists; sign in again');
    res.json({ user: toPublicUser(user) });
  });

  return router;
}
