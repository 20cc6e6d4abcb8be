import { describe, expect, it } from 'vitest';
import { hostAllowlist, hostNameOf, machineHostNames } from '../../../../server/http/hostCheck';

describe('hostNameOf', () => {
  it.each([
    ['Example.COM:8080', 'example.com'],
    ['vr.college.edu.vn.', 'vr.college.edu.vn'],
    ['[::1]:8443', '::1'],
    ['192.168.1.20:8443', '192.168.1.20'],
    ['localhost', 'localhost'],
  ])('reads %s as %s', (header, name) => expect(hostNameOf(header)).toBe(name));
});

describe('machineHostNames', () => {
  it('gives the name, its first label, and both with .local', () => {
    expect(machineHostNames('Lab-PC.college.lan')).toEqual(['lab-pc.college.lan', 'lab-pc.college.lan.local', 'lab-pc', 'lab-pc.local']);
    expect(machineHostNames('quest-server')).toEqual(['quest-server', 'quest-server.local']);
  });
});

describe('hostAllowlist', () => {
  const allowed = hostAllowlist(
    { publicUrl: 'https://vr.college.edu.vn', allowedOrigins: ['http://lms.college.edu.vn:3000'], allowedHosts: ['extra.test', '*.lab.test'] },
    machineHostNames('lab-pc'),
  );

  it.each(['127.0.0.1:8080', '10.0.0.5', '[fe80::1]:8443', 'localhost:8080', 'app.localhost', 'lab-pc:8080', 'lab-pc.local', 'vr.college.edu.vn', 'LMS.college.edu.vn:3000', 'extra.test', 'a.lab.test'])(
    'accepts %s',
    (host) => expect(allowed(host)).toBe(true),
  );

  it.each(['evil.example:8080', 'localhost.evil.example', 'lab.test', 'vr.college.edu.vn.evil.example', 'xlab.test', ''])('refuses %j', (host) => expect(allowed(host)).toBe(false));

  it('accepts a request without Host (not a browser)', () => expect(allowed(undefined)).toBe(true));

  it('accepts any host with VOCAXR_ALLOWED_HOSTS=*', () => expect(hostAllowlist({ allowedOrigins: [], allowedHosts: ['*'] }, [])('evil.example')).toBe(true));
});
