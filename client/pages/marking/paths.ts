// The judges' pages' addresses, built in one place (ids escaped once).
export const markingPath = (examId: string, learnerId: string) => `/exams/${encodeURIComponent(examId)}/candidates/${encodeURIComponent(learnerId)}/marking`;
export const resultsPath = (examId: string) => `/exams/${encodeURIComponent(examId)}/results`;
