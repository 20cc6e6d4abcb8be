// Server configuration: read once from the environment, validated with zod, so a bad value
// stops the start with a message that names the variable instead of failing later.
import { z } from 'zod';

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

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: portSchema.default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: databaseUrlSchema.prefault('sqlite:./data/vocaxr.db'),
  VOCAXR_DEMO: flagSchema.optional(),
  VOCAXR_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  VOCAXR_TOKEN_TTL_HOURS: z.coerce.number().positive('must be a positive number of hours').max(24 * 30).default(12),
  VOCAXR_ACCESS_TOKEN_MINUTES: z.coerce
    .number({ message: 'must be a number of minutes' })
    .min(0.01, 'must be at least 0.01 minutes')
    .max(24 * 60, 'must be at most 1440 minutes (a day)')
    .default(15),
  VOCAXR_ALLOWED_ORIGINS: originListSchema.default([]),
  VOCAXR_ABANDON_AFTER_MINUTES: z.coerce
    .number({ message: 'must be a number of minutes' })
    .min(1, 'must be at least 1 minute')
    .max(7 * 24 * 60, 'must be at most 10080 minutes (a week)')
    .default(30),
  VOCAXR_CLIENT_DIR: z.string().min(1).default('dist/client'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseLocation;
  demo: boolean;
  /** Secret for signing tokens; when absent, one is generated and kept beside the database. */
  tokenSecret: string | undefined;
  /** How long a sign-in (its refresh token) lasts: VOCAXR_TOKEN_TTL_HOURS. */
  tokenTtlSeconds: number;
  /** How long one access token lives; every request also checks its sign-in is still live. */
  accessTokenTtlMs: number;
  /** Extra origins allowed besides the server's own (same origin is always allowed). */
  allowedOrigins: string[];
  clientDir: string;
  /** A practice attempt idle this long (no events, no socket) ends as abandoned. */
  abandonAfterMs: number;
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
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL,
    demo: e.VOCAXR_DEMO ?? e.NODE_ENV !== 'production',
    tokenSecret: e.VOCAXR_TOKEN_SECRET,
    tokenTtlSeconds: Math.round(e.VOCAXR_TOKEN_TTL_HOURS * 3600),
    accessTokenTtlMs: Math.round(e.VOCAXR_ACCESS_TOKEN_MINUTES * 60_000),
    allowedOrigins: e.VOCAXR_ALLOWED_ORIGINS.map((o) => new URL(o).origin),
    clientDir: e.VOCAXR_CLIENT_DIR,
    abandonAfterMs: Math.round(e.VOCAXR_ABANDON_AFTER_MINUTES * 60_000),
    logLevel: e.LOG_LEVEL,
  };
}
