// "Enter VR" and, where the browser supports it, "Enter AR", over the canvas.
import { useEffect, useState } from 'react';
import type { XRStore } from '@react-three/xr';
import { useStore } from 'zustand';
import type { WorkshopLanguage } from './strings';
import { workshopText } from './strings';

function useSessionSupported(mode: XRSessionMode): boolean {
  const [supported, setSupported] = useState(false);
  useEffect(() => {
    let live = true;
    navigator.xr
      ?.isSessionSupported(mode)
      .then((value) => live && setSupported(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [mode]);
  return supported;
}

export function XRButtons({ store, language }: { store: XRStore; language: WorkshopLanguage }) {
  const vr = useSessionSupported('immersive-vr');
  const ar = useSessionSupported('immersive-ar');
  // The XR store is itself a zustand store: read its session through the same bridge as the rest.
  const session = useStore(store, (state) => state.session);
  if (!vr && !ar) return null;
  return (
    <div className="workshop-xr-buttons" style={{ position: 'absolute', right: 12, bottom: 12, display: 'flex', gap: 8, zIndex: 3 }}>
      {session ? (
        <button type="button" style={buttonStyle} onClick={() => void session.end()}>
          {workshopText('exitXR', language)}
        </button>
      ) : (
        <>
          {vr && (
            <button type="button" style={buttonStyle} onClick={() => void store.enterVR()}>
              {workshopText('enterVR', language)}
            </button>
          )}
          {ar && (
            <button type="button" style={buttonStyle} onClick={() => void store.enterAR()}>
              {workshopText('enterAR', language)}
            </button>
          )}
        </>
      )}
    </div>
  );
}

const buttonStyle: React.CSSProperties = {
  padding: '10px 18px', fontSize: 16, fontWeight: 600, borderRadius: 6, border: 'none', background: '#f0a030', color: '#1a1a1a', cursor: 'pointer',
};
