// A user as the API shows them: no username, no password hash.
import type { PublicUser } from '../../scenes/protocol/rest';
import type { User } from '../storage/store';

export const toPublicUser = (user: User): PublicUser => ({
  id: user.id,
  name: user.name,
  role: user.role,
  institutionId: user.institutionId,
});
