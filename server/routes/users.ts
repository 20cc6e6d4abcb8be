// /api/users: PATCH /:id, an admin changes a user's role or disables (soft-deletes) the account.
// Both apply at once: requests read role and account state from the database, and the user's
// sockets are disconnected so they reconnect (or not) under the new rights.
import { Router } from 'express';
import { userUpdateSchema, type UserUpdateResponse } from '../../scenes/protocol/rest';
import type { AuthEvents } from '../auth/authEvents';
import { authOf, requireRole } from '../auth/middleware';
import { toPublicUser } from '../auth/publicUser';
import { ApiError } from '../http/errors';
import { parseInput } from '../http/validate';
import type { Store, UserAccount } from '../storage/store';

export function userRoutes(store: Store, events: AuthEvents): Router {
  const router = Router();

  router.patch('/:userId', requireRole('admin'), async (req, res) => {
    const admin = authOf(res);
    const update = parseInput(userUpdateSchema, req.body);
    const userId = String(req.params.userId);
    // An admin who demoted or disabled themselves could leave the institution without one.
    if (userId === admin.userId) throw new ApiError('forbidden', 'you cannot change your own account; ask another admin');
    const target = await store.directory.findUserById(userId);
    if (!target || target.institutionId !== admin.institutionId) throw new ApiError('not_found', `no user "${userId}" in your institution`);

    let account: UserAccount | undefined;
    if (update.role !== undefined) account = await store.directory.setUserRole(userId, update.role);
    if (update.disabled !== undefined) {
      const atMs = Date.now();
      account = await store.directory.setUserDisabled(userId, update.disabled, atMs);
      // Disabling ends every sign-in: re-enabling later does not bring old tokens back.
      if (update.disabled) await store.signIns.revokeUserSignIns(userId, atMs);
    }
    if (!account) throw new ApiError('not_found', `no user "${userId}" in your institution`);
    events.emit('user:changed', { userId });
    const body: UserUpdateResponse = { user: { ...toPublicUser(account), disabled: account.disabled } };
    res.json(body);
  });

  return router;
}
