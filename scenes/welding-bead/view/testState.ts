// The welding booth's part of the read-only test hook: torch, PPE, bead, and where things are
// on screen (CSS pixels), so a desktop test can aim the mouse like a learner looks.
import { Vector3 } from 'three';
import type { Camera } from 'three';
import { plateSurfaceY, seamCentreZ, seamEndX, seamStartX } from '../geometry';
import type { BenchInteraction } from './benchInteraction';
import type { WeldingSession } from './weldingSession';

const v = new Vector3();

function toScreen(camera: Camera, canvas: HTMLCanvasElement, x: number, y: number, z: number): [number, number] {
  v.set(x, y, z).project(camera);
  const rect = canvas.getBoundingClientRect();
  return [Math.round((rect.left + ((v.x + 1) / 2) * rect.width) * 10) / 10, Math.round((rect.top + ((1 - v.y) / 2) * rect.height) * 10) / 10];
}

export function weldingTestState(session: WeldingSession, bench: BenchInteraction, camera: Camera, canvas: HTMLCanvasElement): Record<string, unknown> {
  const { torch, helmet, gloves } = bench.items;
  const holder = (['right', 'left', 'pointer'] as const).find((side) => bench.grabs[side].link === torch) ?? null;
  const onScreen = (link: typeof torch) => (link.object?.visible ? toScreen(camera, canvas, link.body.position.x, link.body.position.y, link.body.position.z) : null);
  return {
    torch: { held: session.torch.held, holder, p: [...session.torch.p], d: [...session.torch.d], arc: session.torch.arc, burning: session.torch.burning, samples: session.samples },
    torchRest: [torch.body.position.x, torch.body.position.y, torch.body.position.z],
    ppe: { ...session.ppe },
    bead: { segments: session.bead.count },
    desktopSettings: { ...bench.settings },
    screen: {
      seamStart: toScreen(camera, canvas, seamStartX, plateSurfaceY, seamCentreZ),
      seamEnd: toScreen(camera, canvas, seamEndX, plateSurfaceY, seamCentreZ),
      torch: onScreen(torch),
      helmet: onScreen(helmet),
      gloves: onScreen(gloves),
    },
  };
}
