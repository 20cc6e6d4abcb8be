// A failed request as people read it: the error code (never shown) picks a sentence in the UI
// language and the ways forward that can help. Retry only where trying again can work (the
// network, the server, a rate limit); sign in again for an ended session; back to the list for
// what is missing or not yours. Pure: the server's English message is never part of it.
import type { ApiRequestError, ClientErrorCode } from './api';

/** What the failed request was about, named in the sentence ("this class", "this session"). */
export type ProblemSubject = 'page' | 'class' | 'session' | 'learner';
export type ProblemAction = 'retry' | 'signIn' | 'back';

export interface Problem {
  /** i18n key under `problems.` */
  key: 'network' | 'server' | 'busy' | 'rateLimited' | 'signedOut' | 'forbidden' | 'notFound' | 'invalid' | 'tooLarge' | 'conflict';
  actions: ProblemAction[];
}

export function describeProblem(error: { status: number; code: ClientErrorCode }): Problem {
  switch (error.code) {
    case 'network':
      return { key: 'network', actions: ['retry'] };
    case 'rate_limited':
      return { key: 'rateLimited', actions: ['retry'] };
    case 'unavailable':
      return { key: 'busy', actions: ['retry'] };
    case 'unauthorized':
      return { key: 'signedOut', actions: ['signIn'] };
    case 'forbidden':
      return { key: 'forbidden', actions: ['back'] };
    case 'not_found':
      return { key: 'notFound', actions: ['back'] };
    case 'invalid':
      return { key: 'invalid', actions: ['back'] };
    case 'too_large':
      return { key: 'tooLarge', actions: ['back'] };
    case 'conflict':
    case 'incomplete':
    case 'time_over':
      return { key: 'conflict', actions: ['back'] };
    case 'internal':
    default:
      // 5xx, or an answer the client could not read: the server may well be back in a moment.
      return { key: 'server', actions: ['retry', 'back'] };
  }
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The sentence for a failed request; `subject` names what it was about ("this session"). */
export function errorText(t: Translate, error: Pick<ApiRequestError, 'status' | 'code'>, subject: ProblemSubject = 'page'): string {
  return t(`problems.${describeProblem(error).key}`, { what: t(`problems.subjects.${subject}`) });
}
