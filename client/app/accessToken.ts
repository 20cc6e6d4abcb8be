// Keeps the access token fresh: one refresh at a time for the whole tab (single flight), made
// when the token is near its end (tokenLifetime.ts), ahead of time by a timer while signed in,
// and once when the server refuses a token. A refresh the server refuses ends the session
// ('expired', the login page says so); one that cannot reach the server keeps it.
import { ApiRequestError, httpSend } from './http';
import { endpoints } from './endpoints';
import { keepAccessToken, sessionStore, signOut, type SignedIn } from './sessionStore';

/** After a refresh that could not reach the server, the timer tries again this much later. */
const retryAfterFailureMs = 10_000;
/** setTimeout's longest delay is about 24.8 days; a day is plenty (the timer re-arms). */
const longestWaitMs = 86_400_000;

let inFlight: { refreshToken: string; answer: Promise<string | undefined> } | undefined;

/** The signed-in user's access token, refreshed first when it is near its end; undefined when signed out. */
export async function freshToken(): Promise<string | undefined> {
  const session = sessionStore.getState().session;
  if (!session) return undefined;
  if (Date.now() < session.refreshAt) return session.token;
  // Offline: the old token still goes out; the server says whether it holds.
  return (await refreshOnce(session)) ?? sessionStore.getState().session?.token;
}

/**
 * The server refused `token` (401): a new one, refreshed unless the session moved on already
 * (another request or tab refreshed it). Undefined when none can be had: signed out, or the
 * server cannot be reached.
 */
export async function tokenRefused(token: string): Promise<string | undefined> {
  const session = sessionStore.getState().session;
  if (!session) return undefined;
  if (session.token !== token) return session.token;
  return refreshOnce(session);
}

function refreshOnce(session: SignedIn): Promise<string | undefined> {
  if (inFlight?.refreshToken !== session.refreshToken) {
    const answer = refresh(session).finally(() => {
      if (inFlight?.answer === answer) inFlight = undefined;
    });
    inFlight = { refreshToken: session.refreshToken, answer };
  }
  return inFlight.answer;
}

async function refresh(session: SignedIn): Promise<string | undefined> {
  try {
    const answer = await httpSend(endpoints.refresh(session.refreshToken));
    // Signed out (or in as someone else) while the answer travelled: it belongs to no one now.
    if (sessionStore.getState().session?.refreshToken !== session.refreshToken) return sessionStore.getState().session?.token;
    return keepAccessToken(answer, session.refreshToken).token;
  } catch (error) {
    const stillThisSignIn = sessionStore.getState().session?.refreshToken === session.refreshToken;
    if (error instanceof ApiRequestError && error.status === 401 && stillThisSignIn) signOut('expired');
    return undefined;
  }
}

/** While signed in, refreshes the access token ahead of its end, so requests and sockets never wait for it. */
export function keepTokenFresh(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (session: SignedIn | undefined, notBefore = 0) => {
    clearTimeout(timer);
    timer = undefined;
    if (!session) return;
    const wait = Math.min(longestWaitMs, Math.max(notBefore, session.refreshAt - Date.now()));
    timer = setTimeout(() => {
      const due = sessionStore.getState().session;
      if (!due) return;
      // Fired a moment early (timers and Date.now() are different clocks): wait out the rest.
      // Deciding this once, here, matters: judging the attempt by the clock after it took a
      // refresh that was never made for a failed one, and waited 10 s past the token's end.
      if (Date.now() < due.refreshAt) return arm(due);
      void refreshOnce(due).then((token) => {
        const now = sessionStore.getState().session;
        // No token: the server could not be reached; try again a little later. A new token
        // re-armed the timer through the subscription below.
        if (now && !token) arm(now, retryAfterFailureMs);
      });
    }, wait);
  };
  arm(sessionStore.getState().session);
  const unsubscribe = sessionStore.subscribe((state, previous) => {
    if (state.session !== previous.session) arm(state.session);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
