export interface Migration {
  /** Consecutive from 1; a vault records every version it has applied. */
  version: number;
  name: string;
  statements: readonly string[];
}
