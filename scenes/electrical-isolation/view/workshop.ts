// What every part of the electrical view shares: the session, the shapes, the language, and the
// one way to do an action (recorded, folded, shown), or to say why it was not done.
import type { WorkshopLanguage } from '../../../client/workshop/kit';
import type { ActionData } from '../events';
import type { ElectricalModels } from './models';
import type { ElectricalSession, NoticeId } from './session';

export interface ElectricalWorkshop {
  session: ElectricalSession;
  models: ElectricalModels;
  language: WorkshopLanguage;
  /** false in a replay: targets show but take no press */
  interactive: boolean;
  act(data: ActionData): void;
  notice(id: NoticeId | null): void;
}
