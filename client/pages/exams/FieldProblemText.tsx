// The sentence beside a field of the create-exam form: its problem when it has one (red, read
// out when it appears), else its hint; `id` is what the field names in aria-describedby.
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from './examForm';

export function FieldProblemText({ id, problem, hint }: { id: string; problem: FieldProblem | undefined; hint?: string }) {
  const { t } = useTranslation();
  if (!problem && !hint) return <span id={id} aria-live="polite" />;
  return (
    <span id={id} className={problem ? 'field-error' : 'field-hint'} aria-live="polite" data-testid={problem ? `problem-${id}` : undefined}>
      {problem ? t(`examAssessor.problems.${problem.key}`, problem.values) : hint}
    </span>
  );
}

/** The id of a field's sentence, and of the control that gets focus when the field is wrong. */
export const problemId = (field: string) => `exam-${field}-problem`;
export const controlId = (field: string) => `exam-${field}`;
