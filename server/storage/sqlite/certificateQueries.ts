// Certificates and status lists in SQLite (CertificateRepository, ../certificates.ts).
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CertificateRecord, CertificateRepository, NewCertificate, StatusEntry, StatusListRecord } from '../certificates';

interface CertificateRow {
  id: string;
  number: string;
  institution_id: string;
  learner_id: string;
  exam_id: string;
  session_id: string;
  holder_name: string;
  achievement: string;
  credential: string;
  issued_at: string;
  status_list_id: string;
  status_list_index: number;
  revoked_at: string | null;
  revoke_reason: string | null;
  revoked_by: string | null;
}

interface StatusListRow {
  id: string;
  institution_id: string;
  url: string;
  length: number;
  next_index: number;
  credential: string | null;
}

const toCertificate = (row: CertificateRow): CertificateRecord => ({
  id: row.id,
  number: row.number,
  institutionId: row.institution_id,
  learnerId: row.learner_id,
  examId: row.exam_id,
  sessionId: row.session_id,
  holderName: row.holder_name,
  achievement: row.achievement,
  credentialJson: row.credential,
  issuedAt: row.issued_at,
  statusListId: row.status_list_id,
  statusListIndex: row.status_list_index,
  revocation: row.revoked_at !== null ? { at: row.revoked_at, reason: row.revoke_reason ?? '', by: row.revoked_by ?? '' } : undefined,
});

const toStatusList = (row: StatusListRow): StatusListRecord => ({
  id: row.id,
  institutionId: row.institution_id,
  url: row.url,
  length: row.length,
  credentialJson: row.credential ?? undefined,
});

export class SqliteCertificateQueries implements CertificateRepository {
  constructor(private readonly db: Database.Database) {}

  async getCertificate(id: string): Promise<CertificateRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM certificates WHERE id = ?').get(id) as CertificateRow | undefined;
    return row && toCertificate(row);
  }

  async findBySession(sessionId: string): Promise<CertificateRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM certificates WHERE session_id = ?').get(sessionId) as CertificateRow | undefined;
    return row && toCertificate(row);
  }

  async findByNumber(number: string): Promise<CertificateRecord[]> {
    return (this.db.prepare('SELECT * FROM certificates WHERE number = ?').all(number) as CertificateRow[]).map(toCertificate);
  }

  async listByLearner(learnerId: string): Promise<CertificateRecord[]> {
    return (this.db.prepare('SELECT * FROM certificates WHERE learner_id = ? ORDER BY issued_at DESC, id').all(learnerId) as CertificateRow[]).map(toCertificate);
  }

  async listByInstitution(institutionId: string): Promise<CertificateRecord[]> {
    return (this.db.prepare('SELECT * FROM certificates WHERE institution_id = ? ORDER BY issued_at DESC, id').all(institutionId) as CertificateRow[]).map(toCertificate);
  }

  async takeStatusEntry(institutionId: string, url: string, length: number): Promise<StatusEntry | undefined> {
    return this.db.transaction((): StatusEntry | undefined => {
      let row = this.db.prepare('SELECT * FROM status_lists WHERE institution_id = ?').get(institutionId) as StatusListRow | undefined;
      if (!row) {
        const id = randomUUID();
        const listUrl = url.replace(/\{listId\}/g, id);
        this.db.prepare('INSERT INTO status_lists (id, institution_id, url, length) VALUES (?, ?, ?, ?)').run(id, institutionId, listUrl, length);
        row = this.db.prepare('SELECT * FROM status_lists WHERE id = ?').get(id) as StatusListRow;
      }
      if (row.next_index >= row.length) return undefined;
      this.db.prepare('UPDATE status_lists SET next_index = next_index + 1 WHERE id = ?').run(row.id);
      return { list: toStatusList(row), index: row.next_index };
    })();
  }

  async insertCertificate(c: NewCertificate): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO certificates (id, number, institution_id, learner_id, exam_id, session_id, holder_name, achievement, credential, issued_at, status_list_id, status_list_index)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.id, c.number, c.institutionId, c.learnerId, c.examId, c.sessionId, c.holderName, c.achievement, c.credentialJson, c.issuedAt, c.statusListId, c.statusListIndex);
  }

  async revoke(id: string, revocation: { at: string; reason: string; by: string }): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE certificates SET revoked_at = ?, revoke_reason = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL')
      .run(revocation.at, revocation.reason, revocation.by, id);
    return result.changes === 1;
  }

  async getStatusList(listId: string): Promise<StatusListRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM status_lists WHERE id = ?').get(listId) as StatusListRow | undefined;
    return row && toStatusList(row);
  }

  async revokedIndexes(listId: string): Promise<number[]> {
    return (this.db.prepare('SELECT status_list_index AS i FROM certificates WHERE status_list_id = ? AND revoked_at IS NOT NULL').all(listId) as { i: number }[]).map((r) => r.i);
  }

  async saveStatusListCredential(listId: string, credentialJson: string): Promise<void> {
    this.db.prepare('UPDATE status_lists SET credential = ? WHERE id = ?').run(credentialJson, listId);
  }
}
