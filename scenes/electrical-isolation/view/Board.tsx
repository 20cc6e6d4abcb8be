// The distribution board: main switch and six MCBs, each a pressable target with its toggle,
// a lamp lit while its output is live, a label strip (vi/en), and the padlock with its
// "Do not switch on" tag on a locked device (pressed, it comes off).
import { useEffect } from 'react';
import { BoxGeometry, MeshBasicMaterial } from 'three';
import { Label3D, Target, useCanvasTexture, useInteraction } from '../../../client/workshop/kit';
import type { HeldItem, WorkshopLanguage } from '../../../client/workshop/kit';
import { circuitIds } from '../installation';
import type { CircuitId } from '../installation';
import { devicePositions, deviceSize, labelStrip } from './layout';
import { colouredMaterial } from './shapes';
import { deviceLive } from './session';
import { circuitLabels, electricalText } from './strings';
import type { ElectricalWorkshop } from './workshop';

const lampOn = new MeshBasicMaterial({ color: '#ff3b2f' });
const lampOff = new MeshBasicMaterial({ color: '#3a2a28' });
const proxyMaterial = new MeshBasicMaterial({ visible: false });
const padlockProxy = new BoxGeometry(0.05, 0.16, 0.03);

export function Board({ w }: { w: ElectricalWorkshop }) {
  const state = w.session.installation;
  const { hold } = useInteraction();
  const padlockPlaced = circuitIds.some((id) => state.locked[id]);
  const pressBreaker = (circuit: CircuitId) => (held: HeldItem | null) => {
    if (held?.kind === 'padlock') {
      if (state.breakers[circuit]) return w.notice('lockNeedsOff');
      w.act({ name: 'lock', circuit, applied: true });
      // The padlock is on the device now, no longer in the hand.
      hold.release();
      return;
    }
    if (state.locked[circuit]) return w.notice('lockedBreaker');
    w.act({ name: 'breaker', circuit, on: !state.breakers[circuit] });
  };
  return (
    <group>
      <mesh geometry={w.models.boardBody} material={colouredMaterial} />
      {circuitIds.map((id) => {
        const [x, y, z] = devicePositions[id];
        const [width, height, depth] = deviceSize(id);
        const on = state.breakers[id];
        return (
          <group key={id}>
            <Target id={`breaker:${id}`} enabled={w.interactive} accepts={padlockPlaced ? [] : ['padlock']} onPress={pressBreaker(id)} position={[x, y, z]}>
              <mesh geometry={boxProxy(width, height, depth)} material={proxyMaterial} />
              <mesh geometry={w.models.toggle} material={colouredMaterial} position={[0, on ? 0.018 : -0.018, depth / 2]} rotation={[on ? -0.35 : 0.35, 0, 0]} />
            </Target>
            <mesh geometry={w.models.lamp} material={deviceLive(state, id) ? lampOn : lampOff} position={[x, y + 0.052, z + depth / 2]} />
            <Target id={`lock:${id}`} enabled={w.interactive && state.locked[id]} visible={state.locked[id]} onPress={() => w.act({ name: 'lock', circuit: id, applied: false })} position={[x, y - 0.07, z + depth / 2 + 0.02]}>
              <mesh geometry={padlockProxy} material={proxyMaterial} position={[0, -0.02, 0]} />
              <mesh geometry={w.models.padlock} material={colouredMaterial} />
              <Label3D text={electricalText.tag} language={w.language} width={0.046} height={0.02} position={[0, -0.07, 0.0065]} style={{ background: '#f3c623', color: '#b71c1c', bold: true }} />
            </Target>
          </group>
        );
      })}
      <BoardLabels language={w.language} />
    </group>
  );
}

const proxies = new Map<string, BoxGeometry>();
/** An invisible box over the whole device: a click anywhere on it switches it. */
function boxProxy(width: number, height: number, depth: number): BoxGeometry {
  const key = `${width}:${height}:${depth}`;
  let geometry = proxies.get(key);
  if (!geometry) {
    geometry = new BoxGeometry(width, height, depth);
    proxies.set(key, geometry);
  }
  return geometry;
}

/** One strip under the devices: each device's id and its circuit's name, under it. */
function BoardLabels({ language }: { language: WorkshopLanguage }) {
  const [canvas, texture] = useCanvasTexture(1024, 128);
  useEffect(() => {
    const g = canvas.getContext('2d');
    if (!g) return;
    g.fillStyle = '#fbfaf5';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.textAlign = 'center';
    const metresToPx = canvas.width / labelStrip.width;
    for (const id of circuitIds) {
      const x = (devicePositions[id][0] - (labelStrip.centre[0] - labelStrip.width / 2)) * metresToPx;
      const width = deviceSize(id)[0] * metresToPx;
      g.fillStyle = '#111';
      g.font = 'bold 40px sans-serif';
      g.fillText(id === 'main' ? circuitLabels.main[language].toUpperCase() : id, x, 48);
      if (id === 'main') continue;
      g.font = '22px sans-serif';
      // Two lines where the name is wider than the device.
      const words = circuitLabels[id][language].split(' ');
      const lines = g.measureText(words.join(' ')).width > width && words.length > 1 ? [words.slice(0, Math.ceil(words.length / 2)).join(' '), words.slice(Math.ceil(words.length / 2)).join(' ')] : [words.join(' ')];
      lines.forEach((line, index) => g.fillText(line, x, 82 + index * 26, width));
    }
    texture.needsUpdate = true;
  }, [canvas, texture, language]);
  return (
    <mesh position={labelStrip.centre}>
      <planeGeometry args={[labelStrip.width, labelStrip.height]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}
