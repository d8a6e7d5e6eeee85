// Tells an annotation file (a Newsmark export, W3C annotations) from an article by its content,
// so one "import" takes both: JSON that opens with an object, or with an array of objects, is an
// annotation file; so is anything named .json or .jsonld (and gets JSON's error if it is not).
// Wire copy that opens with "[Reuters]" stays an article.

const JSON_START = /^\s*(?:\{|\[\s*[{\]])/;

export function isAnnotationFile(fileName: string, bytes: Uint8Array): boolean {
  if (/\.(?:json|jsonld)$/i.test(fileName)) return true;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '');
  return JSON_START.test(head);
}
