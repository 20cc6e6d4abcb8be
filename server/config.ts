// Server configuration: read once from the environment, validated with zod, so a bad value
// stops the start with a message that names the variable instead of failing later.
import { isIP } from 'node:net';
import { z } from 'zod';
import { seedOfSecretKey } from './certificates/issuerKey';

const portSchema = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

/** `sqlite:<path>` (embedded) or `postgres://...` / `postgresql://...` (scale-out). */
export const databaseUrlSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .transform((value, ctx) => {
    if (value.startsWith('sqlite:')) {
      const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
      if (path.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'sqlite: needs a file path, e.g. sqlite:./data/vocaxr.db' });
        return z.NEVER;
      }
      return { kind: 'sqlite' as const, path };
    }
    if (/^postgres(ql)?:\/\/.+/.test(value)) {
      return { kind: 'postgres' as const, url: value };
    }
    ctx.addIssue({
      code: 'custom',
      message: `unsupported scheme in "${value}": use sqlite:<path> or postgres://user:pass@host/db`,
    });
    return z.NEVER;
  });

export type DatabaseLocation = z.output<typeof databaseUrlSchema>;

const flagSchema = z.enum(['0', '1', 'true', 'false'], { message: 'must be 1 or 0' }).transform((v) => v === '1' || v === 'true');

const originListSchema = z
  .string()
  .transform((value) => value.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.url({ message: 'must be a comma-separated list of origins like https://vr.example.edu.vn' })));

/** Host names (or `*.domain` patterns) besides the server's own that a request's Host may name. */
const hostListSchema = z.string().transform((value, ctx) => {
  const hosts = value.split(',').map((s) => s.trim().toLowerCase().replace(/\.$/, '')).filter(Boolean);
  for (const host of hosts) {
    if (host !== '*' && !/^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) {
      ctx.addIssue({ code: 'custom', message: `"${host}" is not a host name: list names like vr.college.edu.vn or *.college.edu.vn, without scheme or port` });
    }
  }
  return hosts;
});

const proxyKeywords = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Express's 'trust proxy': true/false, a hop count, or addresses, subnets and keywords. */
const trustProxySchema = z.string().transform((value, ctx): boolean | number | string => {
  const text = value.trim();
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^\d+$/.test(text)) return Number(text);
  for (const item of text.split(',').map((s) => s.trim())) {
    const [address, prefix, ...rest] = item.split('/');
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address ?? '') === 6 ? 128 : 32));
    if (!(proxyKeywords.has(item) || (isIP(address ?? '') !== 0 && prefixOk && rest.length === 0))) {
      ctx.addIssue({
        code: 'custom',
        message: `"${item}" is not a proxy address: use loopback, linklocal, uniquelocal, IP addresses or subnets (10.0.0.0/8), a hop count, true or false`,
      });
    }
  }
  return text;
});

const publicUrlSchema = z
  .url({ message: 'must be the server\'s public origin, like https://vr.college.edu.vn' })
  .refine((value) => !URL.canParse(value) || /^https?:$/.test(new URL(value).protocol), { message: 'must start with https:// or http://' });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: portSchema.default(8080),
  // Loopback by default: a fresh `npm start` (with its published demo password) is not on the network.
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: databaseUrlSchema.prefault('sqlite:./data/vocaxr.db'),
  VOCAXR_DEMO: flagSchema.optional(),
  VOCAXR_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  VOCAXR_ISSUER_KEY: z
    .string()
    .trim()
    .refine((value) => seedOfSecretKey(value) !== undefined, {
      message: 'must be an Ed25519 secret key in multibase ("z…", the secretKeyMultibase of ed25519-multikey, as in <data dir>/issuer-key.json)',
    })
    .optional(),
  VOCAXR_TOKEN_TTL_HOURS: z.coerce.number().positive('must be a positive number of hours').max(24 * 30).default(12),
  VOCAXR_ACCESS_TOKEN_MINUTES: z.coerce
    .number({ message: 'must be a number of minutes' })
    .min(0.01, 'must be at least 0.01 minutes')
    .max(24 * 60, 'must be at most 1440 minutes (a day)')
    .default(15),
  VOCAXR_ALLOWED_ORIGINS: originListSchema.default([]),
  VOCAXR_ALLOWED_HOSTS: hostListSchema.default([]),
  VOCAXR_PUBLIC_URL: publicUrlSchema.optional(),
  VOCAXR_TRUST_PROXY: trustProxySchema.default('loopback'),
  TLS_CERT: z.string().optional(),
  TLS_KEY: z.string().optional(),
  VOCAXR_ABANDON_AFTER_MINUTES: z.coerce
    .number({ message: 'must be a number of minutes' })
    .min(1, 'must be at least 1 minute')
    .max(7 * 24 * 60, 'must be at most 10080 minutes (a week)')
    .default(30),
  VOCAXR_LOGIN_CONCURRENCY: z.coerce
    .number({ message: 'must be a number of password checks' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(64, 'must be at most 64')
    .default(2),
  VOCAXR_CLIENT_DIR: z.string().min(1).default('dist/client'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseLocation;
  demo: boolean;
  /** Why demo accounts are on or off, for the start log. */
  demoReason: string;
  /** Demo accounts are on and HOST is not loopback: the start log warns. */
  demoOnNetwork: boolean;
  /** PEM file paths: both given means the server serves HTTPS (read at boot). */
  tls: { certFile: string; keyFile: string } | undefined;
  /** The server's public origin (e.g. https://vr.college.edu.vn), when it is known. */
  publicUrl: string | undefined;
  /** Host names (and `*.domain` patterns, or `*`) a request's Host may name besides the built-in ones. */
  allowedHosts: string[];
  /** Express's 'trust proxy' setting. */
  trustProxy: boolean | number | string;
  /** Secret for signing tokens; when absent, one is generated and kept beside the database. */
  tokenSecret: string | undefined;
  /** The institution's certificate signing key (multibase secret); when absent, one is generated and kept beside the database. */
  issuerKey: string | undefined;
  /** How long a sign-in (its refresh token) lasts: VOCAXR_TOKEN_TTL_HOURS. */
  tokenTtlSeconds: number;
  /** How long one access token lives; every request also checks its sign-in is still live. */
  accessTokenTtlMs: number;
  /** Extra origins allowed besides the server's own (same origin is always allowed). */
  allowedOrigins: string[];
  clientDir: string;
  /** A practice attempt idle this long (no events, no socket) ends as abandoned. */
  abandonAfterMs: number;
  /** Password checks (scrypt) run at once; the rest of libuv's 4 threads stay free for files and SQLite. */
  loginConcurrency: number;
  logLevel: z.output<typeof envSchema>['LOG_LEVEL'];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment into a Config, or throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset", as in most shells' `VAR= npm start`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
  }
  const e = parsed.data;
  if ((e.TLS_CERT === undefined) !== (e.TLS_KEY === undefined)) {
    const missing = e.TLS_CERT === undefined ? 'TLS_CERT' : 'TLS_KEY';
    throw new ConfigError([`${missing}: TLS_CERT and TLS_KEY go together (PEM certificate and private key files); give both, or neither for plain HTTP`]);
  }
  const demo = demoSetting(e.VOCAXR_DEMO, e.HOST, e.NODE_ENV);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL,
    ...demo,
    tls: e.TLS_CERT !== undefined && e.TLS_KEY !== undefined ? { certFile: e.TLS_CERT, keyFile: e.TLS_KEY } : undefined,
    publicUrl: e.VOCAXR_PUBLIC_URL === undefined ? undefined : new URL(e.VOCAXR_PUBLIC_URL).origin,
    allowedHosts: e.VOCAXR_ALLOWED_HOSTS,
    trustProxy: e.VOCAXR_TRUST_PROXY,
    tokenSecret: e.VOCAXR_TOKEN_SECRET,
    issuerKey: e.VOCAXR_ISSUER_KEY,
    tokenTtlSeconds: Math.round(e.VOCAXR_TOKEN_TTL_HOURS * 3600),
    accessTokenTtlMs: Math.round(e.VOCAXR_ACCESS_TOKEN_MINUTES * 60_000),
    allowedOrigins: e.VOCAXR_ALLOWED_ORIGINS.map((o) => new URL(o).origin),
    clientDir: e.VOCAXR_CLIENT_DIR,
    abandonAfterMs: Math.round(e.VOCAXR_ABANDON_AFTER_MINUTES * 60_000),
    loginConcurrency: e.VOCAXR_LOGIN_CONCURRENCY,
    logLevel: e.LOG_LEVEL,
  };
}

/** Whether HOST listens only on this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || (isIP(h) === 4 && h.startsWith('127.')) || /^::ffff:127\./.test(h);
}

/**
 * Demo accounts share a published password, so they are on by default only where nobody else
 * can reach them: HOST on loopback outside production. VOCAXR_DEMO=1 or 0 always wins.
 */
function demoSetting(flag: boolean | undefined, host: string, nodeEnv: string): Pick<Config, 'demo' | 'demoReason' | 'demoOnNetwork'> {
  const loopback = isLoopbackHost(host);
  if (flag === false) return { demo: false, demoReason: 'VOCAXR_DEMO=0', demoOnNetwork: false };
  if (flag === true) {
    return loopback
      ? { demo: true, demoReason: 'VOCAXR_DEMO=1', demoOnNetwork: false }
      : { demo: true, demoReason: `VOCAXR_DEMO=1 with HOST=${host}`, demoOnNetwork: true };
  }
  if (nodeEnv === 'production') return { demo: false, demoReason: 'NODE_ENV=production (set VOCAXR_DEMO=1 to seed them)', demoOnNetwork: false };
  if (!loopback) return { demo: false, demoReason: `HOST=${host} is not loopback (set VOCAXR_DEMO=1 to seed them anyway)`, demoOnNetwork: false };
  return { demo: true, demoReason: `HOST=${host} is loopback and NODE_ENV is not production (set VOCAXR_DEMO=0 to turn them off)`, demoOnNetwork: false };
}
