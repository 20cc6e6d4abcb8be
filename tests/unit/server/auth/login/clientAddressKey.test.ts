// Which addresses share a sign-in budget: one IPv4 address, or one IPv6 /64 network.
import { describe, expect, it } from 'vitest';
import { clientAddressKey } from '../../../../../server/auth/login/loginGuard';

describe('clientAddressKey', () => {
  it('keeps IPv4 addresses apart, and reads an IPv4-mapped IPv6 address as its IPv4', () => {
    expect(clientAddressKey('10.0.0.1')).toBe('10.0.0.1');
    expect(clientAddressKey('10.0.0.2')).not.toBe(clientAddressKey('10.0.0.1'));
    expect(clientAddressKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
  });

  it('groups IPv6 addresses by /64, so one network cannot multiply its budget', () => {
    expect(clientAddressKey('2001:db8:1:2:aaaa::1')).toBe(clientAddressKey('2001:db8:1:2:bbbb:cccc:dddd:2'));
    expect(clientAddressKey('2001:db8:1:3::1')).not.toBe(clientAddressKey('2001:db8:1:2::1'));
  });
});
