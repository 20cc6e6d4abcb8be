// The bench: the two-pole tester (its display shows the last reading) and the proving unit, the
// padlock with its tag, the torque screwdriver and its setting dial (− / + targets, pokeable in a
// headset), the plug-in socket tester (its lights), the insulated gloves and safety glasses.
import { BoxGeometry, MeshBasicMaterial } from 'three';
import { Label3D, Target, Tool } from '../../../client/workshop/kit';
import type { HeldItem } from '../../../client/workshop/kit';
import { circuitIds } from '../installation';
import { holdPlaneZ, toolHomes } from './layout';
import { colouredMaterial } from './shapes';
import { setTorque, torqueSettingRange } from './session';
import { electricalText } from './strings';
import type { ElectricalWorkshop } from './workshop';

const proxyMaterial = new MeshBasicMaterial({ visible: false });
const glovesProxy = new BoxGeometry(0.22, 0.04, 0.2);
const glassesProxy = new BoxGeometry(0.16, 0.05, 0.1);
const toolProxy = new BoxGeometry(0.05, 0.05, 0.14);
const padlockProxy = new BoxGeometry(0.05, 0.16, 0.03);
const socketTesterProxy = new BoxGeometry(0.06, 0.05, 0.06);
const lightOn = { ok: '#2ecc40', 'no-power': '#333', miswired: '#ff3b2f' } as const;

export function formatVolts(volts: number | null): string {
  return volts === null ? '---' : `${Math.round(volts)} V`;
}

export function Tools({ w }: { w: ElectricalWorkshop }) {
  const state = w.session.installation;
  const padlockPlaced = circuitIds.some((id) => state.locked[id]);
  const result = w.session.socketTester;
  return (
    <group>
      <Tool id="tester" kind="tester" home={toolHomes.tester} homeRotation={[0, 0.3, 0]} holdPlaneZ={holdPlaneZ} enabled={w.interactive}>
        <mesh geometry={toolProxy} material={proxyMaterial} position={[0, 0.02, -0.065]} />
        <mesh geometry={w.models.tester} material={colouredMaterial} />
        <group rotation={[-Math.PI / 2 + 0.3, 0, 0]}>
          <Label3D text={formatVolts(w.session.tester.volts)} language={w.language} width={0.026} height={0.014} position={[0, 0.1, 0.0125]} style={{ background: '#d7f0d2', color: '#111', bold: true }} />
        </group>
      </Tool>
      <Target id="proving-unit" enabled={w.interactive} accepts={['tester']} onPress={(held) => (held?.kind === 'tester' ? w.act({ name: 'prove' }) : w.notice('holdTester'))} position={toolHomes.provingUnit}>
        <mesh geometry={w.models.provingUnit} material={colouredMaterial} />
        <Label3D text={electricalText.provingUnit} language={w.language} width={0.08} height={0.02} position={[0, 0, 0.031]} style={{ background: '#e0552b', color: '#fff', bold: true }} />
      </Target>
      <Tool id="padlock" kind="padlock" home={toolHomes.padlock} holdPlaneZ={holdPlaneZ} enabled={w.interactive && !padlockPlaced} visible={!padlockPlaced}>
        <mesh geometry={padlockProxy} material={proxyMaterial} position={[0, -0.02, 0]} />
        <mesh geometry={w.models.padlock} material={colouredMaterial} />
        <Label3D text={electricalText.tag} language={w.language} width={0.046} height={0.02} position={[0, -0.07, 0.0065]} style={{ background: '#f3c623', color: '#b71c1c', bold: true }} />
      </Tool>
      <Tool id="screwdriver" kind="screwdriver" home={toolHomes.screwdriver} homeRotation={[0, -0.4, 0]} holdPlaneZ={holdPlaneZ} enabled={w.interactive}>
        <mesh geometry={toolProxy} material={proxyMaterial} position={[0, 0.017, -0.08]} />
        <mesh geometry={w.models.screwdriver} material={colouredMaterial} />
      </Tool>
      <TorqueDial w={w} />
      <Tool id="socket-tester" kind="socket-tester" home={toolHomes.socketTester} holdPlaneZ={holdPlaneZ} enabled={w.interactive}>
        <mesh geometry={socketTesterProxy} material={proxyMaterial} position={[0, -0.02, 0]} />
        <mesh geometry={w.models.socketTester} material={colouredMaterial} />
        {(['L', 'N', 'E'] as const).map((light, index) => (
          <mesh key={light} geometry={w.models.lamp} position={[-0.015 + index * 0.015, -0.036, 0.012]}>
            <meshBasicMaterial color={result === null ? '#444' : result === 'miswired' && index === 2 ? '#ff3b2f' : result === 'miswired' ? '#444' : lightOn[result]} />
          </mesh>
        ))}
      </Tool>
      <PPE w={w} item="gloves" />
      <PPE w={w} item="glasses" />
    </group>
  );
}

/** The screwdriver's setting: − and + buttons (pressed with the mouse, a ray or a fingertip) and its reading. */
function TorqueDial({ w }: { w: ElectricalWorkshop }) {
  const [x, y, z] = toolHomes.torqueDial;
  const change = (delta: number) => () => setTorque(w.session, w.session.torqueNm + delta);
  const reading = `${w.session.torqueNm.toFixed(1)} N·m`;
  return (
    <group>
      <Target id="torque:down" enabled={w.interactive} onPress={change(-torqueSettingRange.step)} position={[x - 0.06, y, z]}>
        <mesh geometry={w.models.dialButton} material={colouredMaterial} />
        <Label3D text="−" language={w.language} width={0.024} height={0.024} position={[0, 0.007, 0]} rotation={[-Math.PI / 2, 0, 0]} style={{ background: '#3a7bd5', color: '#fff', bold: true }} />
      </Target>
      <Label3D text={[electricalText.torqueSetting, reading]} language={w.language} width={0.08} height={0.04} position={[x, y + 0.02, z]} rotation={[-0.9, 0, 0]} style={{ background: '#20262b', color: '#fff' }} />
      <Target id="torque:up" enabled={w.interactive} onPress={change(torqueSettingRange.step)} position={[x + 0.06, y, z]}>
        <mesh geometry={w.models.dialButton} material={colouredMaterial} />
        <Label3D text="+" language={w.language} width={0.024} height={0.024} position={[0, 0.007, 0]} rotation={[-Math.PI / 2, 0, 0]} style={{ background: '#3a7bd5', color: '#fff', bold: true }} />
      </Target>
    </group>
  );
}

function PPE({ w, item }: { w: ElectricalWorkshop; item: 'gloves' | 'glasses' }) {
  const worn = w.session.installation.ppe[item];
  const press = (held: HeldItem | null) => {
    if (held) return;
    w.act({ name: 'ppe', item, worn: !worn });
  };
  return (
    <Target id={item} enabled={w.interactive} onPress={press} position={toolHomes[item]}>
      <mesh geometry={item === 'gloves' ? glovesProxy : glassesProxy} material={proxyMaterial} />
      <mesh geometry={w.models[item]} material={colouredMaterial} visible={!worn} />
      <Label3D text={worn ? [electricalText[item], electricalText.wornTakeOff] : electricalText[item]} language={w.language} width={0.16} height={worn ? 0.05 : 0.025} position={[0, 0.03, 0.07]} rotation={[-0.8, 0, 0]} />
    </Target>
  );
}
