// A 2D canvas and the sRGB texture that shows it on a mesh: the kit's way to put text panels
// (cues, warnings) into the 3D view, drawn with the canvas API only when their content changes.
import { useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';

export function useCanvasTexture(width: number, height: number): readonly [HTMLCanvasElement, CanvasTexture] {
  return useMemo(() => {
    const element = document.createElement('canvas');
    element.width = width;
    element.height = height;
    const map = new CanvasTexture(element);
    map.colorSpace = SRGBColorSpace;
    return [element, map] as const;
  }, [width, height]);
}
