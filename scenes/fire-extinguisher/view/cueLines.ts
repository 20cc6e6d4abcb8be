// The practice cues as lines of text (the page's overlay and the panel above the fire say the
// same), rounded so the in-world panel is redrawn only when what it says changes.
import type { Bilingual } from '../../../client/workshop/kit';
import type { FireCues } from './session';
import { distanceText, fireText } from './strings';

const metres = (m: number, language: 'vi' | 'en') => `${language === 'vi' ? m.toFixed(1).replace('.', ',') : m.toFixed(1)} m`;

export function cueLines(cues: FireCues): Bilingual[] {
  const lines: Bilingual[] = [];
  const d = Math.round(cues.distance * 10) / 10;
  lines.push({
    vi: `${fireText.distance.vi}: ${metres(d, 'vi')} — ${distanceText[cues.band].vi}`,
    en: `${fireText.distance.en}: ${metres(d, 'en')} — ${distanceText[cues.band].en}`,
  });
  if (cues.agentLeftS !== null) {
    const aim = cues.aimedAtBase === null ? fireText.aimNone : cues.aimedAtBase ? fireText.aimBase : fireText.aimOff;
    lines.push({ vi: `${fireText.aim.vi}: ${aim.vi}`, en: `${fireText.aim.en}: ${aim.en}` });
    if (cues.sweeping !== null) {
      const sweep = cues.sweeping ? fireText.sweeping : fireText.notSweeping;
      lines.push({ vi: `${fireText.sweep.vi}: ${sweep.vi}`, en: `${fireText.sweep.en}: ${sweep.en}` });
    }
    const left = Math.max(0, Math.ceil(cues.agentLeftS * 2) / 2);
    lines.push({ vi: `${fireText.agentLeft.vi}: ${left.toFixed(1).replace('.', ',')} ${fireText.seconds.vi}`, en: `${fireText.agentLeft.en}: ${left.toFixed(1)} ${fireText.seconds.en}` });
  }
  return lines;
}
