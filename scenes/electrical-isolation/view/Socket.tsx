// The faulty socket-outlet and its replacement: the faceplate (off to the bench and back), the
// tester's three test points, the conductors (each a grabbable end on a wire from the box: taken
// off a terminal it is in the hand, pressed or dropped on a new terminal it is connected), and
// the new socket's terminals, which also take the torque screwdriver.
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { BoxGeometry, MeshBasicMaterial, Quaternion, Vector3 } from 'three';
import type { Mesh } from 'three';
import { Label3D, Target, Tool, useInteraction } from '../../../client/workshop/kit';
import type { HeldItem } from '../../../client/workshop/kit';
import { conductorOrder, terminalOrder } from '../installation';
import type { ConductorId, TerminalId, TestPair } from '../installation';
import { cableExit, faceplateAside, holdPlaneZ, looseEnds, newSocket, newTerminals, oldTerminals, pairPads, socket, terminalOffsets } from './layout';
import { colouredMaterial } from './shapes';
import type { ElectricalWorkshop } from './workshop';

const proxyMaterial = new MeshBasicMaterial({ visible: false });
const terminalProxy = new BoxGeometry(0.024, 0.024, 0.02);
const conductorProxy = new BoxGeometry(0.02, 0.02, 0.04);
const faceplateProxy = new BoxGeometry(0.1, 0.1, 0.02);
const pairs: readonly TestPair[] = ['L-N', 'L-E', 'N-E'];

export function Socket({ w }: { w: ElectricalWorkshop }) {
  const state = w.session.installation;
  const { hold } = useInteraction();
  const anyOnNew = conductorOrder.some((c) => state.conductors[c]?.socket === 'new');
  const opened = state.faceplateOff;

  const pressFaceplate = (held: HeldItem | null) => {
    if (held?.kind === 'socket-tester') return opened ? w.notice('faceplateOffForTest') : w.act({ name: 'socket-test' });
    if (held?.kind === 'tester') return w.notice(null);
    w.act({ name: 'faceplate', removed: !opened });
  };
  const pressPair = (pair: TestPair) => (held: HeldItem | null) => (held?.kind === 'tester' ? w.act({ name: 'test-dead', pair }) : w.notice('holdTester'));
  const pressTerminal = (terminal: TerminalId) => (held: HeldItem | null) => {
    if (held?.kind === 'screwdriver') return w.act({ name: 'torque', terminal, nm: w.session.torqueNm });
    if (held?.kind !== 'conductor') return w.notice('needConductorOrScrewdriver');
    const conductor = held.id.slice('conductor:'.length) as ConductorId;
    if (conductorOrder.some((c) => c !== conductor && state.conductors[c]?.socket === 'new' && state.conductors[c]?.terminal === terminal)) return w.notice('terminalTaken');
    // A hand on the conductor as it goes in: scored as touching live if the circuit is live.
    w.act({ name: 'touch', part: conductor });
    w.act({ name: 'connect', conductor, terminal });
    hold.release();
  };

  return (
    <group>
      <mesh geometry={w.models.socketBox} material={colouredMaterial} />
      <Target
        id="faceplate"
        enabled={w.interactive}
        accepts={opened ? [] : ['socket-tester']}
        onPress={pressFaceplate}
        position={opened ? faceplateAside : [socket.centre[0], socket.centre[1], socket.centre[2] + 0.01]}
        rotation={opened ? [-Math.PI / 2, 0, 0] : [0, 0, 0]}
      >
        <mesh geometry={faceplateProxy} material={proxyMaterial} />
        <mesh geometry={w.models.faceplate} material={colouredMaterial} />
      </Target>
      <mesh geometry={w.models.oldMechanism} material={colouredMaterial} position={socket.centre} visible={opened} />
      {pairs.map((pair) => (
        <Target key={pair} id={`socket:${pair}`} enabled={w.interactive && !opened} accepts={['tester']} onPress={pressPair(pair)} position={pairPads[pair]} visible={!opened}>
          <mesh geometry={w.models.pad} material={colouredMaterial} />
          <Label3D text={pair} language={w.language} width={0.04} height={0.016} position={[0, -0.022, 0.004]} style={{ background: '#fbfaf5', color: '#111', bold: true }} />
        </Target>
      ))}
      <Target id="new-socket" enabled={w.interactive} onPress={() => w.notice('newSocketHint')} position={newSocket.centre} rotation={newSocket.rotation} visible={opened || !anyOnNew}>
        <mesh geometry={w.models.newSocket} material={colouredMaterial} />
        {terminalOrder.map((terminal) => (
          <Target key={terminal} id={`new-terminal:${terminal}`} enabled={w.interactive && opened} accepts={['conductor', 'screwdriver']} onPress={pressTerminal(terminal)} position={terminalOffsets[terminal]}>
            <mesh geometry={terminalProxy} material={proxyMaterial} />
            <mesh geometry={w.models.terminalScrew} material={colouredMaterial} />
            <Label3D text={terminal} language={w.language} width={0.014} height={0.014} position={[0, terminal === 'E' ? 0.016 : -0.016, 0.005]} style={{ background: '#fbfaf5', color: '#111', bold: true }} />
          </Target>
        ))}
      </Target>
      {conductorOrder.map((conductor) => (
        <Conductor key={conductor} w={w} conductor={conductor} />
      ))}
    </group>
  );
}

function Conductor({ w, conductor }: { w: ElectricalWorkshop; conductor: ConductorId }) {
  const state = w.session.installation;
  const at = state.conductors[conductor];
  const home = at === null ? looseEnds[conductor] : at.socket === 'old' ? oldTerminals[at.terminal] : newTerminals[at.terminal];
  const shown = state.faceplateOff;
  return (
    <>
      <Tool
        id={`conductor:${conductor}`}
        kind="conductor"
        home={home}
        holdPlaneZ={holdPlaneZ}
        enabled={w.interactive && shown}
        visible={shown}
        onPick={() => {
          // Taken off its terminal by hand: the touch comes first (scored live or not), then the disconnect.
          if (w.session.installation.conductors[conductor] === null) return;
          w.act({ name: 'touch', part: conductor });
          w.act({ name: 'disconnect', conductor });
        }}
      >
        <mesh geometry={conductorProxy} material={proxyMaterial} />
        <mesh geometry={w.models.conductorEnd[conductor]} material={colouredMaterial} />
      </Tool>
      <Wire w={w} conductor={conductor} visible={shown} />
    </>
  );
}

const exit = new Vector3(...cableExit);
const end = new Vector3();
const up = new Vector3(0, 1, 0);
const direction = new Vector3();
const turn = new Quaternion();

/** The conductor's insulated run from the box to its end, stretched each frame. */
function Wire({ w, conductor, visible }: { w: ElectricalWorkshop; conductor: ConductorId; visible: boolean }) {
  const { registry } = useInteraction();
  const mesh = useRef<Mesh>(null);
  useFrame(() => {
    const wire = mesh.current;
    const tool = registry.entries.get(`conductor:${conductor}`)?.object;
    if (!wire || !tool || !wire.parent) return;
    tool.getWorldPosition(end);
    wire.parent.worldToLocal(end);
    direction.subVectors(end, exit);
    const length = Math.max(0.001, direction.length());
    wire.position.copy(exit);
    wire.quaternion.copy(turn.setFromUnitVectors(up, direction.normalize()));
    wire.scale.set(1, length, 1);
  });
  return <mesh ref={mesh} geometry={w.models.wire[conductor]} material={colouredMaterial} visible={visible} />;
}
