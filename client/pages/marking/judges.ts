// The judges' columns of the marks table: the lead first, then the exam's other assessors, then
// anyone else who marked; each named from the institution's assessors or the mark history.
import type { Exam } from '../../../scenes/protocol/exams';
import type { MarkChange } from '../../../scenes/protocol/marking';
import type { PublicUser } from '../../../scenes/protocol/rest';
import type { AspectRow } from './markingView';

export function judgesOf(
  exam: Pick<Exam, 'leadAssessorId' | 'assessorIds'>,
  rows: readonly Pick<AspectRow, 'marks'>[],
  assessors: readonly Pick<PublicUser, 'id' | 'name'>[],
  changes: readonly Pick<MarkChange, 'assessorId' | 'assessorName'>[],
): { id: string; name: string }[] {
  const ids = [exam.leadAssessorId, ...exam.assessorIds, ...rows.flatMap((row) => row.marks.map((m) => m.assessorId))];
  const unique = [...new Set(ids)];
  const name = (id: string) => assessors.find((a) => a.id === id)?.name ?? changes.find((c) => c.assessorId === id)?.assessorName ?? id;
  return unique.map((id) => ({ id, name: name(id) }));
}
