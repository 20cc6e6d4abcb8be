// Structured JSON logs (pino). One root logger per server; modules take children of it.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'vocaxr' }, timestamp: pino.stdTimeFunctions.isoTime });
}
