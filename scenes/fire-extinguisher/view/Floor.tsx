// The floor: with empty hands a click (or tap) walks the learner there on a page; in a headset it
// is what the controllers' teleport arc lands on (the kit's TeleportFloor). The practice floor
// shows the standard's distance band around the fire (green 1.5 m and 3 m, red 1 m rings).
import { TeleportFloor, vertexColouredMaterial } from '../../../client/workshop/kit';
import { keepWalkable } from './desktop';
import { walkable } from './layout';
import type { Vec3 } from './layout';
import { heldAgent } from './workshop';
import type { FireWorkshop } from './workshop';

export function Floor({ w, band }: { w: FireWorkshop; band: boolean }) {
  const floor = (
    <mesh
      geometry={w.models.floor}
      material={vertexColouredMaterial}
      onClick={(event) => {
        if (!w.interactive || w.runtime.view.presenting || event.button !== 0 || heldAgent(w.interaction)) return;
        const to: Vec3 = [event.point.x, 0, event.point.z];
        keepWalkable(to);
        w.desktop.walkTo = [to[0], to[2]];
      }}
    />
  );
  return (
    <>
      {w.interactive ? (
        <TeleportFloor pose={w.locomotion} area={walkable}>
          {floor}
        </TeleportFloor>
      ) : (
        floor
      )}
      {band && <mesh geometry={w.models.band} material={vertexColouredMaterial} />}
    </>
  );
}
