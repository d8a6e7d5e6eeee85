// What an exporter gives back besides the file's text: warnings the user must read (spans a peer
// will drop, links a shape cannot hold) and a companion file to save beside it (Label Studio's
// labelling config). Plain data, so the app, the CLI and the tests all see the same.

export interface CompanionFile {
  /** What the companion's name ends with, after the export's own name without its extension. */
  suffix: string;
  content: string;
  mimeType: string;
}

export interface FormatOutput {
  content: string;
  warnings?: string[];
  companion?: CompanionFile;
}
