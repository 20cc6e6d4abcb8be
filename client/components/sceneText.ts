// Display names of scenes and criteria in the UI language, from the scene registry (the same
// source the result page uses). Only the lazily loaded teacher and progress pages import this.
import { findScene } from '../../scenes/registry';
import type { SceneSummary } from '../../scenes/protocol/rest';
import type { UiLanguage } from '../i18n/format';

export function criterionName(sceneId: string, criterionId: string, language: UiLanguage): string {
  return findScene(sceneId)?.names[criterionId]?.[language] ?? criterionId;
}

export function rubricCriterionIds(sceneId: string): string[] {
  return findScene(sceneId)?.rubric.criteria.map((c) => c.id) ?? [];
}

export function scenePassMark(sceneId: string): number | undefined {
  return findScene(sceneId)?.rubric.passMark;
}

/** The scene's title from the catalogue answer when there is one, else the registry, else its id. */
export function sceneTitle(sceneId: string, language: UiLanguage, catalogue?: readonly SceneSummary[]): string {
  return catalogue?.find((s) => s.id === sceneId)?.title[language] ?? findScene(sceneId)?.summary.title[language] ?? sceneId;
}
