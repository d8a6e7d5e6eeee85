// Test helper: one short story and PolNeAR-style brat files of it, so tests of agreement (the
// service, the CLI, the window) can give two annotators' layers that differ in a known way.

export const STORY = 'Washington Post backs Hillary Clinton for president. The mayor said taxes rose.';

/** A PolNeAR-style .ann: Source, Cue and Content joined by an Attribution event. */
export function attributionAnn(content: [number, number]): string {
  const [s, e] = content;
  return [
    'T1\tSource 0 15\tWashington Post',
    'T2\tCue 16 21\tbacks',
    `T3\tContent ${s} ${e}\t${STORY.slice(s, e)}`,
    'T4\tAttribution 16 21\tbacks',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    '',
  ].join('\n');
}
