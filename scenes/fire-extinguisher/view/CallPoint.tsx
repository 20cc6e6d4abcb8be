// The manual call point (a red box on a post, by the learner's right) as a kit Target
// ("call-point"): a press raises the alarm (recorded once); then its lamp flashes and the bell rings.
import { useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Mesh } from 'three';
import { Label3D, Target, vertexColouredMaterial } from '../../../client/workshop/kit';
import { callPoint } from './layout';
import { fireText } from './strings';
import type { FireWorkshop } from './workshop';

export function CallPoint({ w }: { w: FireWorkshop }) {
  const lamp = useRef<Mesh>(null);
  useFrame(({ clock }) => {
    if (!lamp.current) return;
    const raised = w.session.fire.alarmAtMs !== null;
    lamp.current.visible = raised && Math.floor(clock.elapsedTime * 3) % 2 === 0;
  });
  const [x, y, z] = callPoint;
  const raised = w.session.fire.alarmAtMs !== null;
  return (
    <>
      <mesh geometry={w.models.callPointPost} material={vertexColouredMaterial} />
      <Target id="call-point" enabled={w.interactive} position={callPoint} onPress={(_held, source) => w.pressAlarm(source)}>
        <mesh geometry={w.models.callPoint} material={vertexColouredMaterial} />
      </Target>
      <mesh ref={lamp} position={[x - 0.01, y + 0.45, z]} visible={false}>
        <sphereGeometry args={[0.075, 12, 8]} />
        <meshBasicMaterial color="#ff3b30" toneMapped={false} />
      </mesh>
      <Label3D text={raised ? fireText.alarmRinging : fireText.callPointSign} language={w.language} width={0.44} height={0.1} position={[x - 0.05, y + 0.17, z]} rotation={[0, -Math.PI / 2, 0]} style={{ background: '#c4161c', color: '#ffffff', bold: true }} />
    </>
  );
}
