// A judgement aspect's words in the UI language: its short title (the descriptor up to its
// colon, as the standards write them: "Uniform bead: even width…") and the whole descriptor.
import type { JudgementAspect } from '../../../scenes/protocol/marking';
import type { UiLanguage } from '../../i18n/format';

export function aspectTitle(aspect: Pick<JudgementAspect, 'id' | 'descriptor'> | undefined, id: string, language: UiLanguage): string {
  const text = aspect?.descriptor[language]?.trim();
  if (!text) return id;
  const colon = text.indexOf(':');
  return colon > 0 && colon <= 80 ? text.slice(0, colon) : text;
}

export function aspectDescriptor(aspect: Pick<JudgementAspect, 'descriptor'> | undefined, language: UiLanguage): string {
  return aspect?.descriptor[language]?.trim() ?? '';
}
