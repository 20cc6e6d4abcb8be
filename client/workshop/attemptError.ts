// Why an attempt could not start or finish: the protocol's error code (which the page turns into
// a sentence in the UI language) and the server's English message (for logs, never shown).
export class AttemptError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AttemptError';
  }
}
