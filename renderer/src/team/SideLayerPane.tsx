// The right-hand pane of a side-by-side layer view: the same text, read only, with the second
// layer's annotations painted in the kinds' styles.

import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Annotation } from '../../../core/model';
import { splitParagraphs } from '../reader/paragraphs';
import { paintSide } from './layer-highlights';

export function SideLayerPane({ text, label, annotations }: { text: string; label: string; annotations: readonly Annotation[] }) {
  const root = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  useLayoutEffect(() => {
    paintSide(root.current, paragraphs, annotations);
    return () => paintSide(null, [], null);
  }, [paragraphs, annotations]);
  return (
    <section className="side-pane" aria-label={`Layer: ${label}`}>
      <h2>{label}</h2>
      <div ref={root}>
        {paragraphs.map((p) => (
          <p key={p.start} data-start={p.start}>
            {text.slice(p.start, p.end)}
          </p>
        ))}
      </div>
    </section>
  );
}
