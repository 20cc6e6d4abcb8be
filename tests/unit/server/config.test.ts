import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config';

describe('loadConfig', () => {
  it('applies the defaults of docs/protocol.md §1', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.tls).toBeUndefined();
    expect(config.trustProxy).toBe('loopback');
    expect(config.allowedHosts).toEqual([]);
    expect(config.publicUrl).toBeUndefined();
    expect(config.database).toEqual({ kind: 'sqlite', path: './data/vocaxr.db' });
    expect(config.demo).toBe(true);
    expect(config.allowedOrigins).toEqual([]);
    expect(config.tokenTtlSeconds).toBe(12 * 3600);
    expect(config.issuerKey).toBeUndefined();
  });

  it('takes the issuer key as an ed25519-multikey secret (z…, seed and public key)', () => {
    const secret = 'zrv3rbPamVDGvrm7LkYPLWYJ35P9audujKKsWn3x29EUiGwwhdZQd1iHhrsmZidtVALBQmhX3j9E5Fvx6Kr29DPt6LH';
    expect(loadConfig({ VOCAXR_ISSUER_KEY: ` ${secret}\n` }).issuerKey).toBe(secret);
  });

  it('turns demo data off by default in production, and on when asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', VOCAXR_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ VOCAXR_DEMO: '0' }).demo).toBe(false);
  });

  it('turns demo accounts on by default only on a loopback HOST', () => {
    for (const host of ['127.0.0.1', '127.0.1.1', 'localhost', '::1', '[::1]']) {
      expect(loadConfig({ HOST: host }), host).toMatchObject({ demo: true, demoOnNetwork: false });
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'vr.college.edu.vn']) {
      const config = loadConfig({ HOST: host });
      expect(config, host).toMatchObject({ demo: false, demoOnNetwork: false });
      expect(config.demoReason).toContain('is not loopback (set VOCAXR_DEMO=1');
    }
    expect(loadConfig({}).demoReason).toMatch(/HOST=127\.0\.0\.1 is loopback and NODE_ENV is not production/);
  });

  it('takes VOCAXR_DEMO=1 on a network HOST, flagged for a loud warning, and VOCAXR_DEMO=0 always', () => {
    expect(loadConfig({ HOST: '0.0.0.0', VOCAXR_DEMO: '1' })).toMatchObject({ demo: true, demoOnNetwork: true, demoReason: 'VOCAXR_DEMO=1 with HOST=0.0.0.0' });
    expect(loadConfig({ HOST: '127.0.0.1', VOCAXR_DEMO: '1' })).toMatchObject({ demo: true, demoOnNetwork: false });
    expect(loadConfig({ HOST: '127.0.0.1', VOCAXR_DEMO: '0' })).toMatchObject({ demo: false, demoReason: 'VOCAXR_DEMO=0' });
  });

  it('serves HTTPS only with both TLS_CERT and TLS_KEY', () => {
    expect(loadConfig({ TLS_CERT: 'data/tls/server.crt', TLS_KEY: 'data/tls/server.key' }).tls).toEqual({ certFile: 'data/tls/server.crt', keyFile: 'data/tls/server.key' });
    expect(() => loadConfig({ TLS_CERT: 'c.pem' })).toThrow(/TLS_KEY: TLS_CERT and TLS_KEY go together/);
    expect(() => loadConfig({ TLS_KEY: 'k.pem' })).toThrow(/TLS_CERT: TLS_CERT and TLS_KEY go together/);
  });

  it('reads the public URL, allowed hosts and the trusted proxies', () => {
    expect(loadConfig({ VOCAXR_PUBLIC_URL: 'https://vr.college.edu.vn/' }).publicUrl).toBe('https://vr.college.edu.vn');
    expect(loadConfig({ VOCAXR_ALLOWED_HOSTS: 'VR.college.edu.vn., *.lab.college.edu.vn' }).allowedHosts).toEqual(['vr.college.edu.vn', '*.lab.college.edu.vn']);
    expect(loadConfig({ VOCAXR_TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toBe('10.0.0.0/8, loopback');
    expect(loadConfig({ VOCAXR_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ VOCAXR_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('parses sqlite and postgres URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/vocaxr/db.sqlite' }).database).toEqual({ kind: 'sqlite', path: '/var/lib/vocaxr/db.sqlite' });
    expect(loadConfig({ DATABASE_URL: 'sqlite:///var/x.db' }).database).toEqual({ kind: 'sqlite', path: '/var/x.db' });
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/vocaxr' }).database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db/vocaxr' });
  });

  it('abandons idle practice attempts after 30 minutes unless told otherwise', () => {
    expect(loadConfig({}).abandonAfterMs).toBe(30 * 60_000);
    expect(loadConfig({ VOCAXR_ABANDON_AFTER_MINUTES: '2.5' }).abandonAfterMs).toBe(150_000);
  });

  it('issues 15-minute access tokens within 12-hour sign-ins unless told otherwise', () => {
    expect(loadConfig({}).accessTokenTtlMs).toBe(15 * 60_000);
    expect(loadConfig({}).tokenTtlSeconds).toBe(12 * 3600);
    expect(loadConfig({ VOCAXR_ACCESS_TOKEN_MINUTES: '0.05' }).accessTokenTtlMs).toBe(3_000);
  });

  it('checks two passwords at once unless told otherwise', () => {
    expect(loadConfig({}).loginConcurrency).toBe(2);
    expect(loadConfig({ VOCAXR_LOGIN_CONCURRENCY: '4' }).loginConcurrency).toBe(4);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(8080);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://localhost/x' }, /DATABASE_URL: unsupported scheme/],
    [{ DATABASE_URL: 'sqlite:' }, /DATABASE_URL: sqlite: needs a file path/],
    [{ PORT: 'eighty' }, /PORT: must be a number/],
    [{ PORT: '70000' }, /PORT: must be between 0 and 65535/],
    [{ VOCAXR_DEMO: 'yes' }, /VOCAXR_DEMO: must be 1 or 0/],
    [{ VOCAXR_TOKEN_SECRET: 'short' }, /VOCAXR_TOKEN_SECRET: must be at least 32 characters/],
    [{ VOCAXR_ISSUER_KEY: 'not-a-key' }, /VOCAXR_ISSUER_KEY: must be an Ed25519 secret key in multibase/],
    [{ VOCAXR_ISSUER_KEY: 'z6MkqDkaLEi6MudigLSik8xhQFwxeveGA7QJVMhbiSXoFvbW' }, /VOCAXR_ISSUER_KEY: must be an Ed25519 secret key/],
    [{ VOCAXR_ALLOWED_ORIGINS: 'not a url' }, /VOCAXR_ALLOWED_ORIGINS/],
    [{ VOCAXR_ABANDON_AFTER_MINUTES: 'half an hour' }, /VOCAXR_ABANDON_AFTER_MINUTES: must be a number of minutes/],
    [{ VOCAXR_ABANDON_AFTER_MINUTES: '0' }, /VOCAXR_ABANDON_AFTER_MINUTES: must be at least 1 minute/],
    [{ VOCAXR_PUBLIC_URL: 'vr.college.edu.vn' }, /VOCAXR_PUBLIC_URL: must be the server's public origin/],
    [{ VOCAXR_PUBLIC_URL: 'ftp://vr.college.edu.vn' }, /VOCAXR_PUBLIC_URL: must start with https:\/\/ or http:\/\//],
    [{ VOCAXR_ALLOWED_HOSTS: 'https://vr.college.edu.vn' }, /VOCAXR_ALLOWED_HOSTS: "https:\/\/vr.college.edu.vn" is not a host name/],
    [{ VOCAXR_TRUST_PROXY: 'my-proxy' }, /VOCAXR_TRUST_PROXY: "my-proxy" is not a proxy address/],
    [{ VOCAXR_TRUST_PROXY: '10.0.0.0/40' }, /VOCAXR_TRUST_PROXY: "10.0.0.0\/40" is not a proxy address/],
    [{ VOCAXR_ACCESS_TOKEN_MINUTES: 'soon' }, /VOCAXR_ACCESS_TOKEN_MINUTES: must be a number of minutes/],
    [{ VOCAXR_ACCESS_TOKEN_MINUTES: '0' }, /VOCAXR_ACCESS_TOKEN_MINUTES: must be at least 0.01 minutes/],
    [{ VOCAXR_ACCESS_TOKEN_MINUTES: '1441' }, /VOCAXR_ACCESS_TOKEN_MINUTES: must be at most 1440 minutes/],
    [{ VOCAXR_LOGIN_CONCURRENCY: 'two' }, /VOCAXR_LOGIN_CONCURRENCY: must be a number of password checks/],
    [{ VOCAXR_LOGIN_CONCURRENCY: '0' }, /VOCAXR_LOGIN_CONCURRENCY: must be at least 1/],
    [{ VOCAXR_LOGIN_CONCURRENCY: '1.5' }, /VOCAXR_LOGIN_CONCURRENCY: must be a whole number/],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reports every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', DATABASE_URL: 'ftp://x' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  it('normalises allowed origins', () => {
    expect(loadConfig({ VOCAXR_ALLOWED_ORIGINS: 'https://vr.example.edu.vn/, http://localhost:5173' }).allowedOrigins).toEqual([
      'https://vr.example.edu.vn',
      'http://localhost:5173',
    ]);
  });
});
