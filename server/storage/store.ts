// The storage boundary: every read and write the server makes goes through one repository per
// capability, so the embedded SQLite store and a later PostgreSQL store are interchangeable.
// A new capability is one more repository here and one more line in the SQLite composition root.
import type { AttemptRepository } from './attempts';
import type { DirectoryRepository } from './directory';
import type { ReviewRepository } from './review';
import type { SignInRepository } from './signIns';
import type { ExamRepository } from './exams';
import type { CertificateRepository } from './certificates';

export type * from './attempts';
export type * from './directory';
export type * from './review';
export type * from './signIns';
export type * from './exams';
export type * from './certificates';
export { roles } from './directory';
export { resultStatuses } from './attempts';

export interface Store {
  directory: DirectoryRepository;
  signIns: SignInRepository;
  attempts: AttemptRepository;
  review: ReviewRepository;
  /** Exams, their assessors and candidates (./exams.ts). */
  exams: ExamRepository;
  /** Issued certificates and revocation status lists (./certificates.ts). */
  certificates: CertificateRepository;
  close(): Promise<void>;
}

/** Raised for a uniqueness clash (a username taken, a class code reused). */
export class StoreConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConflictError';
  }
}
