// Figures in news text: parse a marked span into fields, or find every figure in an article.
// The rules are in docs/figures.md.

export { findFigures } from './find-figures.js';
export { parseFigure } from './parse-figure.js';
export type { FigureContext, FigureFields, FigureKind, FoundFigure } from './types.js';
