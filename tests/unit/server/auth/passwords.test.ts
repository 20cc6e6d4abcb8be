import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../../server/auth/passwords';

const fast = { N: 2 ** 10, r: 8, p: 1, keyLength: 32 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('demo1234', fast);
    expect(await verifyPassword('demo1234', hash)).toBe(true);
    expect(await verifyPassword('demo12345', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('same', fast)).not.toBe(await hashPassword('same', fast));
  });

  it('stores its parameters, so older hashes keep verifying after the defaults change', async () => {
    const hash = await hashPassword('mật khẩu', fast);
    expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', '1024', '8', '1']);
    expect(await verifyPassword('mật khẩu', hash)).toBe(true);
  });

  it('uses strong defaults', async () => {
    const hash = await hashPassword('x');
    expect(Number(hash.split('$')[1])).toBeGreaterThanOrEqual(2 ** 15);
  });

  it.each(['', 'plain', 'scrypt$x$y$z$salt$hash', 'bcrypt$1$2$3$aa$bb', 'scrypt$1024$8$1$c2FsdA$'])('refuses a malformed stored hash %j', async (stored) => {
    expect(await verifyPassword('x', stored)).toBe(false);
  });
});
