// Small canvas textures drawn in code (no downloads): concrete floor, steel wall panels, the
// folds of a welding curtain and the PPE sign. Seeded, so every run looks the same.
import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function canvas(size: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const element = document.createElement('canvas');
  element.width = size;
  element.height = size;
  const context = element.getContext('2d');
  if (!context) throw new Error('2D canvas unavailable');
  return [element, context];
}

function finish(element: HTMLCanvasElement, repeatX: number, repeatY: number): CanvasTexture {
  const texture = new CanvasTexture(element);
  texture.colorSpace = SRGBColorSpace;
  texture.wrapS = texture.wrapT = RepeatWrapping;
  texture.repeat.set(repeatX, repeatY);
  texture.anisotropy = 4;
  return texture;
}

export function concreteTexture(): CanvasTexture {
  const [element, g] = canvas(256);
  const random = seeded(7);
  g.fillStyle = '#8a8780';
  g.fillRect(0, 0, 256, 256);
  for (let i = 0; i < 5000; i += 1) {
    const shade = 110 + Math.floor(random() * 50);
    g.fillStyle = `rgba(${shade},${shade - 3},${shade - 8},0.35)`;
    g.fillRect(random() * 256, random() * 256, 1 + random() * 3, 1 + random() * 3);
  }
  g.strokeStyle = 'rgba(40,40,40,0.35)';
  g.lineWidth = 2;
  g.strokeRect(0, 0, 256, 256);
  for (let i = 0; i < 6; i += 1) {
    g.fillStyle = 'rgba(50,45,40,0.12)';
    g.beginPath();
    g.ellipse(random() * 256, random() * 256, 10 + random() * 30, 6 + random() * 20, random() * 3, 0, Math.PI * 2);
    g.fill();
  }
  return finish(element, 4, 4);
}

export function wallPanelTexture(): CanvasTexture {
  const [element, g] = canvas(256);
  const random = seeded(11);
  g.fillStyle = '#5d6a72';
  g.fillRect(0, 0, 256, 256);
  for (let x = 0; x < 256; x += 16) {
    g.fillStyle = x % 32 === 0 ? 'rgba(255,255,255,0.06)' : 'rgba(0,0,0,0.10)';
    g.fillRect(x, 0, 8, 256);
  }
  g.fillStyle = 'rgba(0,0,0,0.35)';
  g.fillRect(0, 0, 3, 256);
  for (let i = 0; i < 1500; i += 1) {
    g.fillStyle = `rgba(30,25,20,${random() * 0.15})`;
    g.fillRect(random() * 256, random() * 256, 2, 2);
  }
  return finish(element, 6, 2);
}

export function curtainTexture(): CanvasTexture {
  const [element, g] = canvas(128);
  const gradient = g.createLinearGradient(0, 0, 128, 0);
  for (let i = 0; i <= 8; i += 1) gradient.addColorStop(i / 8, i % 2 === 0 ? '#c2410c' : '#f97316');
  g.fillStyle = gradient;
  g.fillRect(0, 0, 128, 128);
  return finish(element, 8, 1);
}

export function signTexture(lines: readonly string[]): CanvasTexture {
  const [element, g] = canvas(256);
  g.fillStyle = '#1d4ed8';
  g.fillRect(0, 0, 256, 256);
  g.fillStyle = '#ffffff';
  g.fillRect(10, 10, 236, 236);
  g.fillStyle = '#1d4ed8';
  g.fillRect(18, 18, 220, 220);
  g.fillStyle = '#ffffff';
  g.textAlign = 'center';
  g.font = 'bold 30px sans-serif';
  lines.forEach((line, index) => g.fillText(line, 128, 80 + index * 44));
  g.beginPath();
  g.arc(128, 200, 22, 0, Math.PI * 2);
  g.fill();
  const texture = finish(element, 1, 1);
  texture.wrapS = texture.wrapT = 1001; // ClampToEdgeWrapping
  return texture;
}
