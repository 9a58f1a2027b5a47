/**
 * The parts of Decap CMS's global API the admin uses. The prebuilt bundle sets them on window and ships no
 * types, so they are described here.
 */

/** An Immutable.js map as Decap hands entries over; only reading is needed. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: readonly string[]): unknown;
  toJS(): unknown;
}

/** React's createElement, which Decap exposes as `h` for preview templates. */
export type CreateElement = (
  type: unknown,
  props?: Record<string, unknown> | null,
  ...children: unknown[]
) => unknown;

/** What a preview template receives. */
export interface PreviewProps {
  entry: ImmutableMap;
}

export interface DecapCms {
  init(options?: { config?: Record<string, unknown> }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(text: string): unknown; toFile(data: unknown): string },
  ): void;
  registerEventListener(listener: {
    name: 'preSave';
    /** May return a promise; a rejected one stops the save. */
    handler: (event: { entry: ImmutableMap }) => unknown;
  }): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: CreateElement;
  }
}
