// When the client refreshes an access token: a minute before its end, at 80% of a short life,
// and on the token's own life when this PC's clock disagrees with the server's.
import { describe, expect, it } from 'vitest';
import { jwtLifetimeMs, tokenRefreshAt } from '../../../../client/app/tokenLifetime';

const minute = 60_000;
const receivedAt = Date.parse('2026-11-30T08:00:00Z');
const at = (ms: number) => new Date(ms).toISOString();
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (iat: number, exp: number) => `${base64url({ alg: 'HS256' })}.${base64url({ sub: 'u1', iat, exp })}.signature`;

describe('tokenRefreshAt', () => {
  it('refreshes a 15-minute token one minute before it expires', () => {
    expect(tokenRefreshAt('opaque', at(receivedAt + 15 * minute), receivedAt)).toBe(receivedAt + 14 * minute);
  });

  it('refreshes a short token at 80% of its life (20% is less than a minute)', () => {
    expect(tokenRefreshAt('opaque', at(receivedAt + 6_000), receivedAt)).toBe(receivedAt + 4_800);
    expect(tokenRefreshAt('opaque', at(receivedAt + 2 * minute), receivedAt)).toBe(receivedAt + 96_000);
  });

  it('refreshes at once a token that has already expired by this clock', () => {
    expect(tokenRefreshAt('opaque', at(receivedAt - minute), receivedAt)).toBe(receivedAt);
  });

  it("counts the token's own life when this PC's clock runs ahead or behind the server's", () => {
    const serverNow = Math.floor(receivedAt / 1000) - 600; // this PC is ten minutes ahead
    const token = jwt(serverNow, serverNow + 900);
    // By expiresAt alone the token would have 5 minutes left; it has 15.
    expect(tokenRefreshAt(token, at((serverNow + 900) * 1000), receivedAt)).toBe(receivedAt + 14 * minute);
    const behind = jwt(serverNow + 1200, serverNow + 2100); // this PC ten minutes behind
    expect(tokenRefreshAt(behind, at((serverNow + 2100) * 1000), receivedAt)).toBe(receivedAt + 14 * minute);
  });

  it('trusts expiresAt when the clocks agree (it is finer than the token’s whole seconds)', () => {
    const token = jwt(Math.floor(receivedAt / 1000), Math.floor(receivedAt / 1000) + 6);
    expect(tokenRefreshAt(token, at(receivedAt + 5_500), receivedAt)).toBe(receivedAt + 4_400);
  });
});

describe('jwtLifetimeMs', () => {
  it('reads iat and exp of a JWT and nothing of other tokens', () => {
    expect(jwtLifetimeMs(jwt(100, 1000))).toBe(900_000);
    expect(jwtLifetimeMs('not-a-jwt')).toBeUndefined();
    expect(jwtLifetimeMs(`${base64url({})}.${base64url({ iat: 5 })}.x`)).toBeUndefined();
  });
});
