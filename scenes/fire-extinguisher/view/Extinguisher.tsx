// One extinguisher as drawn on the rack or in the hand: the red body with its label band, the
// label itself (Label3D: name and the classes it is for), and the yellow safety pin while it is in.
import { useMemo } from 'react';
import { Label3D, mergeShapes, shapeCylinder, shapeTorus, vertexColouredMaterial } from '../../../client/workshop/kit';
import type { WorkshopLanguage } from '../../../client/workshop/kit';
import type { Agent } from '../events';
import { agentLooks } from './agentLooks';
import { body } from './layout';
import type { FireModels } from './models';

/** Where the pin sits on the valve, in the extinguisher's frame (side of the handle, towards +x). */
export const pinOffset: [number, number, number] = [0.04, body.height + body.radius + 0.03, -0.02];

let pinGeometry: ReturnType<typeof mergeShapes> | null = null;
function pinShape() {
  pinGeometry ??= mergeShapes([shapeTorus(0.018, 0.004, '#ffd21f', [0.012, 0, 0], [0, Math.PI / 2, 0]), shapeCylinder(0.003, 0.06, '#ffd21f', [-0.02, 0, 0], [0, 0, Math.PI / 2], 6)]);
  return pinGeometry;
}

export function ExtinguisherModel(props: { models: FireModels; agent: Agent; language: WorkshopLanguage; pinIn: boolean }) {
  const look = agentLooks[props.agent];
  const labelY = body.height * 0.5;
  const text = useMemo(() => [look.name, look.classes], [look]);
  return (
    <>
      <mesh geometry={props.models.extinguisher[props.agent]} material={vertexColouredMaterial} />
      <Label3D text={text} language={props.language} width={0.12} height={0.09} position={[0, labelY, body.radius + 0.004]} style={{ background: look.band, color: look.text, bold: true }} />
      {props.pinIn && <mesh geometry={pinShape()} material={vertexColouredMaterial} position={pinOffset} />}
    </>
  );
}
