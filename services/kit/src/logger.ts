import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs, one object a line, tagged with the service that wrote them. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, base: { service } });
}
