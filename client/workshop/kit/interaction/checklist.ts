// The practice checklist's content: each step's label and whether it is done, and which is next.
import type { Bilingual, WorkshopLanguage } from '../../runtime/strings';

export interface ChecklistItem {
  id: string;
  label: Bilingual;
  done: boolean;
}

/** The lines a checklist panel shows: a tick or a box, the next step marked with an arrow. */
export function checklistLines(items: readonly ChecklistItem[], next: string | null, language: WorkshopLanguage): string[] {
  return items.map((item) => `${item.done ? '✓' : item.id === next ? '▶' : '☐'} ${item.label[language]}`);
}
