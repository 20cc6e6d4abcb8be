import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config';

describe('loadConfig', () => {
  it('applies the defaults of docs/protocol.md §1', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.database).toEqual({ kind: 'sqlite', path: './data/vocaxr.db' });
    expect(config.demo).toBe(true);
    expect(config.allowedOrigins).toEqual([]);
    expect(config.tokenTtlSeconds).toBe(12 * 3600);
  });

  it('turns demo data off by default in production, and on when asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', VOCAXR_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ VOCAXR_DEMO: '0' }).demo).toBe(false);
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
    [{ VOCAXR_ALLOWED_ORIGINS: 'not a url' }, /VOCAXR_ALLOWED_ORIGINS/],
    [{ VOCAXR_ABANDON_AFTER_MINUTES: 'half an hour' }, /VOCAXR_ABANDON_AFTER_MINUTES: must be a number of minutes/],
    [{ VOCAXR_ABANDON_AFTER_MINUTES: '0' }, /VOCAXR_ABANDON_AFTER_MINUTES: must be at least 1 minute/],
    [{ VOCAXR_ACCESS_TOKEN_MINUTES: 'soon' }, /VOCAXR_ACCESS_TOKEN_MINUTES: must be a number of minutes/],
    [{ VOCAXR_ACCESS_TOKEN_MINUTES: '0' }, /VOCAXR_ACCESS_TOKEN_MINUTES: must be at least 0.01 minutes/],
    [{ VOCAXR_ACCESS_TOKEN_MINUTES: '1441' }, /VOCAXR_ACCESS_TOKEN_MINUTES: must be at most 1440 minutes/],
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
