// The header rows of the review CSV exports in the reader's language (`lang=vi|en`, Vietnamese
// by default: the institution's language). Cells stay as the API has them (ids, ISO-like times,
// true/false) so a spreadsheet can sort and count them; only the column names are translated.
import type { z } from 'zod';
import type { LocalizedText } from '../../scenes/protocol/rest';
import type { csvLanguageSchema } from '../../scenes/protocol/review';

export type CsvLanguage = z.infer<typeof csvLanguageSchema>;

type Columns<K extends string> = Record<K, LocalizedText>;

const sessionColumns: Columns<'session' | 'learner' | 'learnerId' | 'scene' | 'mode' | 'status' | 'startedAt' | 'finishedAt' | 'total' | 'passed' | 'criticalErrors' | 'hasComment'> = {
  session: { vi: 'Mã buổi', en: 'Session' },
  learner: { vi: 'Học viên', en: 'Learner' },
  learnerId: { vi: 'Mã học viên', en: 'Learner ID' },
  scene: { vi: 'Bài thực hành', en: 'Scene' },
  mode: { vi: 'Chế độ', en: 'Mode' },
  status: { vi: 'Trạng thái', en: 'Status' },
  startedAt: { vi: 'Bắt đầu', en: 'Started' },
  finishedAt: { vi: 'Kết thúc', en: 'Finished' },
  total: { vi: 'Tổng điểm', en: 'Total' },
  passed: { vi: 'Đạt', en: 'Passed' },
  criticalErrors: { vi: 'Lỗi nghiêm trọng', en: 'Critical errors' },
  hasComment: { vi: 'Có nhận xét', en: 'Has comment' },
};

const learnerColumns: Columns<'learner' | 'learnerId' | 'attempts' | 'finished' | 'passed' | 'lastScore' | 'bestScore' | 'lastAttemptAt'> = {
  learner: { vi: 'Học viên', en: 'Learner' },
  learnerId: { vi: 'Mã học viên', en: 'Learner ID' },
  attempts: { vi: 'Số lần làm', en: 'Attempts' },
  finished: { vi: 'Đã chấm', en: 'Finished' },
  passed: { vi: 'Số lần đạt', en: 'Passed' },
  lastScore: { vi: 'Điểm gần nhất', en: 'Last score' },
  bestScore: { vi: 'Điểm cao nhất', en: 'Best score' },
  lastAttemptAt: { vi: 'Lần làm gần nhất', en: 'Last attempt' },
};

const heatmapEnds: Columns<'learner' | 'total'> = {
  learner: { vi: 'Học viên', en: 'Learner' },
  total: { vi: 'Tổng điểm', en: 'Total' },
};

const header = <K extends string>(columns: Columns<K>, order: readonly K[], language: CsvLanguage): string[] => order.map((key) => columns[key][language]);

export const sessionCsvColumns = ['session', 'learner', 'learnerId', 'scene', 'mode', 'status', 'startedAt', 'finishedAt', 'total', 'passed', 'criticalErrors', 'hasComment'] as const;
export const sessionCsvHeader = (language: CsvLanguage): string[] => header(sessionColumns, sessionCsvColumns, language);

export const learnerCsvColumns = ['learner', 'learnerId', 'attempts', 'finished', 'passed', 'lastScore', 'bestScore', 'lastAttemptAt'] as const;
export const learnerCsvHeader = (language: CsvLanguage): string[] => header(learnerColumns, learnerCsvColumns, language);

/** The weakness map: the learner, each criterion by its name in the language (its id if unnamed), the total. */
export function heatmapCsvHeader(criteria: readonly { id: string }[], names: Readonly<Record<string, LocalizedText>>, language: CsvLanguage): string[] {
  return [heatmapEnds.learner[language], ...criteria.map((c) => names[c.id]?.[language] ?? c.id), heatmapEnds.total[language]];
}
