// The exam's results table (GET /api/exams/:id/results), loaded for the results page and, on a
// marking page, for the candidate's row (measurement total, sign-off date, certificate).
import { endpoints } from '../../app/endpoints';
import { useReloadable } from './useReloadable';

export const useExamResults = (examId: string) => useReloadable(endpoints.examResults(examId));
