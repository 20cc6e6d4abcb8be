// One pooled particle effect drawn as ONE Points object (one draw call): round soft sprites,
// each with its own colour, alpha and world-space size, read straight from a ParticlePool's
// typed arrays (particles.ts). The caller steps the pool in its own useFrame; this marks the
// buffers changed once per frame and allocates nothing per frame.
import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { AdditiveBlending, BufferAttribute, BufferGeometry, NormalBlending, ShaderMaterial, Vector2 } from 'three';
import type { ParticlePool } from './particles';

const vertexShader = /* glsl */ `
attribute float size;
attribute vec4 color;
uniform float viewportHeight;
varying vec4 vColor;
void main() {
  vColor = color;
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mv;
  // world diameter -> pixels: projection's y scale times half the viewport, over the depth
  gl_PointSize = size > 0.0 ? max(1.0, size * projectionMatrix[1][1] * viewportHeight * 0.5 / max(0.05, -mv.z)) : 0.0;
}`;

const fragmentShader = /* glsl */ `
uniform float softness;
varying vec4 vColor;
void main() {
  float d = length(gl_PointCoord - vec2(0.5)) * 2.0;
  if (d > 1.0 || vColor.a <= 0.0) discard;
  float a = vColor.a * (1.0 - smoothstep(1.0 - softness, 1.0, d));
  gl_FragColor = vec4(vColor.rgb, a);
  #include <colorspace_fragment>
}`;

export interface ParticlePointsProps {
  pool: ParticlePool;
  /** additive: glowing (flames, sparks), drawn over what is behind; normal: smoke, spray */
  blending?: 'additive' | 'normal';
  /** 0..1: how far in from the rim the sprite fades (1: a soft blob) */
  softness?: number;
  renderOrder?: number;
}

const drawingBuffer = new Vector2();

export function ParticlePoints({ pool, blending = 'normal', softness = 0.8, renderOrder = 5 }: ParticlePointsProps) {
  const { geometry, material } = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(pool.position, 3));
    g.setAttribute('color', new BufferAttribute(pool.color, 4));
    g.setAttribute('size', new BufferAttribute(pool.size, 1));
    const m = new ShaderMaterial({
      vertexShader,
      fragmentShader,
      uniforms: { viewportHeight: { value: 600 }, softness: { value: softness } },
      transparent: true,
      depthWrite: false,
      blending: blending === 'additive' ? AdditiveBlending : NormalBlending,
    });
    return { geometry: g, material: m };
  }, [pool, blending, softness]);
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );
  useFrame((state) => {
    // In a headset each eye renders its own viewport of the XR framebuffer, not the canvas.
    const eye = state.gl.xr.isPresenting ? state.gl.xr.getCamera().cameras[0]?.viewport : undefined;
    material.uniforms.viewportHeight!.value = eye ? eye.w : state.gl.getDrawingBufferSize(drawingBuffer).y;
    for (const name of ['position', 'color', 'size'] as const) (geometry.getAttribute(name) as BufferAttribute).needsUpdate = true;
  });
  return <points geometry={geometry} material={material} frustumCulled={false} renderOrder={renderOrder} />;
}
