// The extinguisher rack: the red stand with its sign, and each extinguisher on its hook as a kit
// Target ("rack:<agent>"): a press (click, controller ray or grab, hand poke or pinch) takes it;
// pressed again while in hand (its empty hook), it goes back. The hook stays a target while empty.
import { Label3D, Target, useHeld, vertexColouredMaterial } from '../../../client/workshop/kit';
import { agents } from '../events';
import type { Agent } from '../events';
import { ExtinguisherModel } from './Extinguisher';
import { rackFacingYaw, rackPosition, rackSlots } from './layout';
import { fireText } from './strings';
import { heldId } from './workshop';
import type { FireWorkshop } from './workshop';

export function Rack({ w }: { w: FireWorkshop }) {
  return (
    <>
      <mesh geometry={w.models.rack} material={vertexColouredMaterial} />
      <Label3D text={fireText.rackSign} language={w.language} width={1.0} height={0.2} position={[rackPosition[0], 1.12, rackPosition[2] - 0.128]} rotation={[0, rackFacingYaw, 0]} style={{ background: '#f1f1ee', color: '#c4161c', bold: true }} />
      {agents.map((agent) => (
        <RackItem key={agent} w={w} agent={agent} />
      ))}
    </>
  );
}

function RackItem({ w, agent }: { w: FireWorkshop; agent: Agent }) {
  const held = useHeld();
  const inHand = held?.id === heldId(agent);
  return (
    <Target id={`rack:${agent}`} enabled={w.interactive} position={rackSlots[agent]} rotation={[0, rackFacingYaw, 0]} onPress={(_held, source) => w.pressRack(agent, source)}>
      {/* the whole extinguisher's size, so a click anywhere on it (or its empty hook) takes the press */}
      <mesh visible={false} position={[0, 0.33, 0]}>
        <boxGeometry args={[0.22, 0.68, 0.22]} />
      </mesh>
      <group visible={!inHand}>
        <ExtinguisherModel models={w.models} agent={agent} language={w.language} pinIn={!w.session.fire.pinPulled[agent]} />
      </group>
    </Target>
  );
}
