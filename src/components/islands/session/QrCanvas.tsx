import { useEffect, useRef, useState } from 'react';
import QRCode from 'qrcode';

/**
 * A QR code drawn in the browser (byte mode, error correction M), so nothing about the session or
 * the trainee leaves the device to make it. The canvas is an image to assistive technology; the
 * same content is always offered as text next to it.
 */
export default function QrCanvas({ text, label, size, className }: { text: string; label: string; size: number; className?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!canvas.current) return;
    const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size + 8;
    QRCode.toCanvas(canvas.current, text, { errorCorrectionLevel: 'M', margin: 4, scale: Math.max(2, Math.floor(size / modules)) })
      .then(() => setFailed(false))
      .catch(() => setFailed(true));
  }, [text, size]);
  if (failed) return null;
  return <canvas ref={canvas} role="img" aria-label={label} className={className ?? 'session-qr'} data-qr />;
}
