// The review store on SQLite: session lists filtered, sorted and paged by the database, and
// the class and learner aggregates (report scores read with SQLite's JSON functions).
import type Database from 'better-sqlite3';
import type { LearnerSummary } from '../../../scenes/protocol/review';
import type {
  ClassSceneAggregates,
  CriterionAggregate,
  DayAggregate,
  LearnerSceneCounts,
  ReviewRepository,
  ScoredAttempt,
  SessionListRequest,
  SessionListResult,
  StartedRange,
  StoredComment,
} from '../review';
import { toScoredAttempt, type ScoredAttemptRow } from './reviewRows';
import { resultStatusSql } from './sessionRows';
import { addRange, orderBy, sessionListSource, toSessionListItem, type Params, type SessionListRow } from './sessionListSql';

/** The class's results (finished practice and ended exam attempts, store.ts resultStatuses) of one scene started in the range, as a CTE named `a`. */
function classAttemptsCte(range: StartedRange): { sql: string; params: Params } {
  const where = [`m.class_id = @classId`, `m.role = 'student'`, 's.scene_id = @sceneId', `s.status IN ${resultStatusSql}`];
  const params: Params = {};
  addRange(range, where, params);
  const sql = `WITH a AS (
    SELECT s.no, s.id, s.learner_id, s.scene_id, s.finished_at, s.started_ms, s.total, s.passed, s.result
      FROM class_members m JOIN sessions s ON s.learner_id = m.user_id
     WHERE ${where.join(' AND ')})`;
  return { sql, params };
}

export class SqliteReviewQueries implements ReviewRepository {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  async listSessions(request: SessionListRequest): Promise<SessionListResult> {
    const source = sessionListSource(request);
    const { n: total } = this.statement(`SELECT COUNT(*) AS n ${source.sql}`).get(source.params) as { n: number };
    const params: Params = { ...source.params };
    let limit = '';
    if (request.page) {
      limit = 'LIMIT @limit OFFSET @offset';
      params.limit = request.page.limit;
      params.offset = request.page.offset;
    }
    const rows = this.statement(
      `SELECT s.id, s.learner_id, u.name AS learner_name, s.scene_id, s.mode, s.status, s.started_at, s.finished_at,
              s.total, s.passed,
              CASE WHEN s.result IS NULL THEN NULL ELSE json_array_length(s.result, '$.critical') END AS critical_count,
              EXISTS (SELECT 1 FROM session_comments c WHERE c.session_no = s.no) AS has_comment
       ${source.sql} ${orderBy(request.sort, request.order)} ${limit}`,
    ).all(params) as SessionListRow[];
    return { items: rows.map(toSessionListItem), total };
  }

  async listClassLearnerSummaries(classId: string, sceneId?: string): Promise<LearnerSummary[]> {
    const scene = (alias: string) => (sceneId === undefined ? '' : `AND ${alias}.scene_id = @sceneId`);
    // Abandoned attempts are not attempts here: neither counted nor a score (docs/api.md); timed
    // out and stopped exam attempts are results, like finished ones.
    const params: Params = sceneId === undefined ? { classId } : { classId, sceneId };
    const rows = this.statement(
      `SELECT u.id, u.name,
              COUNT(s.no) AS attempts,
              COALESCE(SUM(s.status IN ${resultStatusSql}), 0) AS finished,
              COALESCE(SUM(s.passed = 1), 0) AS passed_count,
              MAX(s.total) AS best_score,
              MAX(s.started_at) AS last_attempt_at,
              (SELECT l.total FROM sessions l WHERE l.learner_id = u.id AND l.status IN ${resultStatusSql} ${scene('l')}
                ORDER BY l.finished_at DESC, l.no DESC LIMIT 1) AS last_score
         FROM class_members m JOIN users u ON u.id = m.user_id
         LEFT JOIN sessions s ON s.learner_id = u.id AND s.status <> 'abandoned' ${scene('s')}
        WHERE m.class_id = @classId AND m.role = 'student'
        GROUP BY u.id ORDER BY u.name, u.id`,
    ).all(params) as {
      id: string;
      name: string;
      attempts: number;
      finished: number;
      passed_count: number;
      best_score: number | null;
      last_attempt_at: string | null;
      last_score: number | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      attempts: r.attempts,
      finished: r.finished,
      passedCount: r.passed_count,
      ...(r.last_score !== null ? { lastScore: r.last_score } : {}),
      ...(r.best_score !== null ? { bestScore: r.best_score } : {}),
      ...(r.last_attempt_at !== null ? { lastAttemptAt: r.last_attempt_at } : {}),
    }));
  }

  async classSceneAggregates(classId: string, sceneId: string, range: StartedRange, metScore: number): Promise<ClassSceneAggregates> {
    const cte = classAttemptsCte(range);
    const attemptsCte = cte.sql;
    const params: Params = { ...cte.params, classId, sceneId };
    // One read transaction: the four figures describe the same set of attempts.
    return this.db.transaction((): ClassSceneAggregates => {
      const counts = this.statement(`${attemptsCte} SELECT COUNT(*) AS attempts, COALESCE(SUM(passed), 0) AS passed FROM a`).get(params) as {
        attempts: number;
        passed: number;
      };
      const criteria = this.statement(
        `${attemptsCte}
         SELECT json_extract(c.value, '$.id') AS id, COUNT(*) AS scored,
                AVG(json_extract(c.value, '$.score')) AS average,
                SUM(json_extract(c.value, '$.score') >= @metScore) AS met
           FROM a, json_each(a.result, '$.criteria') c GROUP BY 1`,
      ).all({ ...params, metScore }) as CriterionAggregate[];
      const latest = this.statement(
        `${attemptsCte}
         SELECT id, learner_id, scene_id, finished_at, total, passed, result FROM (
           SELECT a.*, ROW_NUMBER() OVER (PARTITION BY learner_id ORDER BY finished_at DESC, no DESC) AS rank FROM a
         ) WHERE rank = 1`,
      ).all(params) as ScoredAttemptRow[];
      const days = this.statement(
        `${attemptsCte}
         SELECT date(started_ms / 1000.0, 'unixepoch', '+7 hours') AS date, COUNT(*) AS attempts,
                SUM(passed) AS passed, AVG(total) AS averageTotal
           FROM a GROUP BY 1 ORDER BY 1`,
      ).all(params) as DayAggregate[];
      return { attempts: counts.attempts, passed: counts.passed, criteria, latest: latest.map(toScoredAttempt), days };
    })();
  }

  async learnerSceneCounts(learnerId: string): Promise<LearnerSceneCounts[]> {
    return this.statement(
      `SELECT scene_id AS sceneId, COUNT(*) AS attempts, SUM(status IN ${resultStatusSql}) AS finished, COALESCE(SUM(passed = 1), 0) AS passedCount
         FROM sessions WHERE learner_id = ? AND status <> 'abandoned' GROUP BY scene_id ORDER BY scene_id`,
    ).all(learnerId) as LearnerSceneCounts[];
  }

  async learnerScoredAttempts(learnerId: string): Promise<ScoredAttempt[]> {
    const rows = this.statement(
      `SELECT id, learner_id, scene_id, finished_at, total, passed, result FROM sessions
        WHERE learner_id = ? AND status IN ${resultStatusSql} ORDER BY finished_at, no`,
    ).all(learnerId) as ScoredAttemptRow[];
    return rows.map(toScoredAttempt);
  }

  async getSessionComment(sessionNo: number): Promise<StoredComment | undefined> {
    return this.statement(
      `SELECT c.text, c.author_id AS authorId, u.name AS authorName, c.updated_at AS updatedAt
         FROM session_comments c JOIN users u ON u.id = c.author_id WHERE c.session_no = ?`,
    ).get(sessionNo) as StoredComment | undefined;
  }

  async setSessionComment(
    sessionNo: number,
    comment: { text: string; authorId: string; updatedAt: string } | undefined,
  ): Promise<StoredComment | undefined> {
    if (!comment) {
      this.statement('DELETE FROM session_comments WHERE session_no = ?').run(sessionNo);
      return undefined;
    }
    this.statement(
      `INSERT INTO session_comments (session_no, text, author_id, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (session_no) DO UPDATE SET text = excluded.text, author_id = excluded.author_id, updated_at = excluded.updated_at`,
    ).run(sessionNo, comment.text, comment.authorId, comment.updatedAt);
    return this.getSessionComment(sessionNo);
  }

  /** Statements by SQL text, prepared once: the filter combinations are few. */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
