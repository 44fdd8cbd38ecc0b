import { useEffect, useRef, useState } from 'react';
import type { LiteTranslate } from '../../../i18n/translate-lite';

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: { new (options: { formats: string[] }): Detector; getSupportedFormats?(): Promise<string[]> };
  }
}

/**
 * Reads QR codes from the laptop's camera. The browser's own BarcodeDetector where it has one for
 * QR codes (Chrome on Android, macOS, ChromeOS); elsewhere jsQR, loaded only when the camera is
 * started, so the page does not carry it otherwise. Frames never leave the device.
 */
export default function QrScanner({ onText, t }: { onText: (text: string) => void; t: LiteTranslate }) {
  const video = useRef<HTMLVideoElement>(null);
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState('');
  const stop = useRef<() => void>(() => undefined);

  useEffect(() => () => stop.current(), []);

  const start = async () => {
    setMessage('');
    let stream: MediaStream;
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera API');
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      setMessage(t('session.cameraUnavailable'));
      return;
    }
    const el = video.current!;
    el.srcObject = stream;
    await el.play().catch(() => undefined);
    setRunning(true);
    const detector = await nativeDetector();
    const jsqr = detector ? undefined : (await import('jsqr')).default;
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    let last = '';
    let lastAt = 0;
    let busy = false;
    const timer = setInterval(async () => {
      if (busy || el.readyState < 2 || !el.videoWidth) return;
      busy = true;
      try {
        let text: string | undefined;
        if (detector) {
          text = (await detector.detect(el))[0]?.rawValue;
        } else {
          canvas.width = el.videoWidth;
          canvas.height = el.videoHeight;
          ctx.drawImage(el, 0, 0);
          const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
          text = jsqr!(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data;
        }
        // The same code stays in view for a while: read it once, not at every frame.
        if (text && (text !== last || Date.now() - lastAt > 5000)) {
          last = text;
          lastAt = Date.now();
          onText(text);
        }
      } finally {
        busy = false;
      }
    }, 250);
    stop.current = () => {
      clearInterval(timer);
      stream.getTracks().forEach((track) => track.stop());
      el.srcObject = null;
      setRunning(false);
    };
  };

  return (
    <div className="session-scanner">
      <video ref={video} muted playsInline hidden={!running} className="session-scanner__video" aria-label={t('session.cameraView')} />
      <p className="session-actions">
        {running ? (
          <button type="button" className="button button--quiet" onClick={() => stop.current()}>
            {t('session.cameraStop')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void start()}>
            {t('session.cameraStart')}
          </button>
        )}
      </p>
      {running && <p className="muted">{t('session.cameraHint')}</p>}
      {message && <p role="alert">{message}</p>}
    </div>
  );
}

async function nativeDetector(): Promise<Detector | undefined> {
  try {
    const BD = window.BarcodeDetector;
    if (!BD) return undefined;
    const formats = (await BD.getSupportedFormats?.()) ?? [];
    return formats.includes('qr_code') ? new BD({ formats: ['qr_code'] }) : undefined;
  } catch {
    return undefined;
  }
}
