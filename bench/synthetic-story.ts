// Builds news-like text of a given size for the benchmarks (deterministic for a given seed).

const SENTENCES = [
  'The ministry said spending rose 12% to €4.5bn in the year to March, the fastest increase since 2008.',
  '"We will not accept these terms," the union\'s general secretary told reporters on Tuesday.',
  'According to the central bank, inflation is expected to fall below 3 per cent by the end of next year.',
  'More than 200 people were evacuated after the river burst its banks near the city centre 🌊.',
  'Officials in Tokyo said the agreement, worth about $28 billion, would be signed in June.',
  'Critics said the figures were misleading because they left out the cost of repairs.',
];

/** `sentences` per paragraph: 3 is a wire story's short paragraphs, 9 a feature's long ones. */
export function syntheticStory(bytes: number, seed = 0, sentences = 3): string {
  const paragraphs: string[] = [];
  let size = 0;
  let i = seed;
  while (size < bytes) {
    const paragraph = Array.from({ length: sentences }, (_, k) => k).map((k) => SENTENCES[(i * 7 + k * 3) % SENTENCES.length]).join(' ') + ` (${i})`;
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
    i += 1;
  }
  return paragraphs.join('\n\n');
}
