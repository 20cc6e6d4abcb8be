// Answers a session list request (a class's or a learner's): one JSON page, or every row as CSV.
import type { Response } from 'express';
import type { SessionListQuery } from '../../scenes/protocol/review';
import { filenamePart, sendCsv } from '../http/csv';
import type { SessionScope } from '../storage/review';
import type { Store } from '../storage/store';
import { sessionCsvHeader } from './csvHeaders';
import { sessionCsvRow, sessionListRequest, toPage } from './sessionList';
import { vietnamDate } from './vietnamTime';
import { withExamOutcomes } from './examOutcomes';

/** `subject` names the CSV file (a class code, a username). */
export async function answerSessionList(store: Store, res: Response, query: SessionListQuery, scope: SessionScope, subject: string): Promise<void> {
  const { items, total } = await store.review.listSessions(sessionListRequest(query, scope));
  if (query.format === 'csv') {
    sendCsv(res, `sessions-${filenamePart(subject)}-${vietnamDate(Date.now())}.csv`, sessionCsvHeader(query.lang), items.map(sessionCsvRow));
    return;
  }
  const signOffs = await store.marking.signOffsForSessions(items.filter((i) => i.mode === 'exam').map((i) => i.id));
  res.json(toPage(query, withExamOutcomes(items, (i) => i.id, signOffs), total));
}
