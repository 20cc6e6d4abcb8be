// The assessor's landing: their exams (with the way to schedule one) and the tests an exam can
// be built on.
import { ExamList } from '../exams/ExamList';
import { SceneCatalogue } from './SceneCatalogue';

export function AssessorHome() {
  return (
    <>
      <ExamList titleKey="examAssessor.list.title" />
      <SceneCatalogue titleKey="assessor.scenesTitle" />
    </>
  );
}
