// The small toolbar that appears by a selection in the reader, offering Claim, Quote, Figure.

import { KINDS, type Kind } from '../../../core/model';
import { KIND_LABEL } from '../labels';

interface Props {
  rect: DOMRect;
  /** altKey: Alt was held on the click, so the exact characters are marked. */
  onMark: (kind: Kind, altKey: boolean) => void;
}

export function SelectionToolbar({ rect, onMark }: Props) {
  const above = rect.top > 56;
  const style = {
    top: above ? rect.top - 44 : rect.bottom + 8,
    left: Math.max(8, Math.min(rect.left, window.innerWidth - 260)),
  };
  return (
    <div className="selection-toolbar" role="toolbar" aria-label="Mark selection" style={style}>
      {KINDS.map((kind, i) => (
        <button
          key={kind}
          type="button"
          className={`mark-button kind-${kind}`}
          title={`${KIND_LABEL[kind]} (${kind[0]} or ${i + 1})`}
          // Keep the text selection alive while the button is pressed.
          onMouseDown={(e) => e.preventDefault()}
          onClick={(e) => onMark(kind, e.altKey)}
        >
          {KIND_LABEL[kind]}
        </button>
      ))}
    </div>
  );
}
