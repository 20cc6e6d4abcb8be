// HTTP errors as values: routes throw ApiError, one middleware writes {"error":{"code","message"}}.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ErrorBody, ErrorCode } from '../../scenes/protocol/errors';

const statusOf: Record<ErrorCode, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  incomplete: 409,
  time_over: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = statusOf[code];
  }
}

export const errorBody = (code: ErrorCode, message: string): ErrorBody => ({ error: { code, message } });

/** Unknown /api paths answer 404 as JSON rather than falling through to the client app. */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody('not_found', `no API route ${req.method} ${req.path}`));
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof ApiError) {
      res.status(error.status).json(errorBody(error.code, error.message));
      return;
    }
    // body-parser's own failures: malformed JSON and oversized bodies.
    const status = (error as { status?: number; type?: string }).status;
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large' || status === 413) {
      res.status(413).json(errorBody('too_large', 'request body is too large'));
      return;
    }
    if (type === 'entity.parse.failed' || (status === 400 && type !== undefined)) {
      res.status(400).json(errorBody('invalid', 'request body is not valid JSON'));
      return;
    }
    // A client's mistake reported by a library (express.static's 404 for a missing /assets
    // file, 405, 416): answer its status, and log nothing: it is not the server's fault.
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json(errorBody(clientErrorCode(status), clientErrorMessage(status, req.method, req.originalUrl)));
      return;
    }
    logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
    res.status(500).json(errorBody('internal', 'internal server error'));
  };
}

const clientErrorCode = (status: number): ErrorCode =>
  status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'not_found' : status === 429 ? 'rate_limited' : 'invalid';

const clientErrorMessage = (status: number, method: string, url: string): string =>
  status === 404 ? `nothing at ${url.split('?')[0]}` : `${method} ${url.split('?')[0]} cannot be answered (HTTP ${status})`;
