// How each extinguisher looks and what its label says. Vietnamese workplaces keep every portable
// extinguisher red (the body colour of TCVN 7026 / TCVN 7435 practice); the kind is told by the
// label and the fittings. **Choice** (docs/scenes/fire-extinguisher.md): a label band in the
// European EN 3 colour of the agent over the red body, so the four read apart at a glance —
// water white, foam cream, CO2 black (with the CO2 horn and no gauge), ABC powder blue — and the
// label text in Vietnamese over English with the fire classes it is for.
import type { Bilingual } from '../../../client/workshop/kit';
import type { Agent } from '../events';

export interface AgentLook {
  /** the label band's colour */
  band: string;
  /** the label's text colour on the band */
  text: string;
  name: Bilingual;
  /** the label's short line (the classes it is for) */
  classes: Bilingual;
}

export const agentLooks: Readonly<Record<Agent, AgentLook>> = {
  water: { band: '#f2f2f2', text: '#0d47a1', name: { vi: 'NƯỚC', en: 'WATER' }, classes: { vi: 'Đám cháy A', en: 'Class A' } },
  foam: { band: '#efe3b8', text: '#5d4300', name: { vi: 'BỌT', en: 'FOAM' }, classes: { vi: 'A, B', en: 'A, B' } },
  co2: { band: '#1b1b1b', text: '#ffffff', name: { vi: 'KHÍ CO2', en: 'CO2' }, classes: { vi: 'B, điện', en: 'B, electrical' } },
  powder: { band: '#1e56b0', text: '#ffffff', name: { vi: 'BỘT ABC', en: 'ABC POWDER' }, classes: { vi: 'A, B, C, điện', en: 'A, B, C, electrical' } },
};
