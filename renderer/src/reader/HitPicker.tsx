// Where several annotations cover the clicked spot, lists them all so the user can pick one.

import { useEffect, useRef } from 'react';
import type { Annotation } from '../../../core/model';
import { KIND_LABEL } from '../labels';
import { preview } from '../panel/preview';

interface Props {
  annotations: Annotation[];
  at: { x: number; y: number };
  onPick: (id: string) => void;
  onClose: () => void;
}

export function HitPicker({ annotations, at, onPick, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [onClose]);
  return (
    <div
      ref={ref}
      className="hit-picker"
      role="menu"
      aria-label="Annotations here"
      style={{ top: Math.min(at.y + 12, window.innerHeight - 40 * annotations.length - 20), left: Math.min(at.x, window.innerWidth - 340) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      {annotations.map((a) => (
        <button key={a.id} type="button" role="menuitem" className={`kind-${a.kind}`} onClick={() => onPick(a.id)}>
          <span className={`kind-badge kind-${a.kind}`}>{KIND_LABEL[a.kind]}</span> {preview(a.quote.exact, 70)}
        </button>
      ))}
    </div>
  );
}
