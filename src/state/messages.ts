// What the app tells the reader (an alert, a note), as data: a kind and its values. The words are the
// interface's (src/ui/notices.ts, in the language in use); state/ and media/ never write sentences.

/** Media failures that need no values: the keys of the media layer's MESSAGES. */
export type MediaProblem =
  | 'empty'
  | 'notMedia'
  | 'notMediaUrl'
  | 'audioOnly'
  | 'noVideo'
  | 'noWebCodecs'
  | 'unknownCodec'
  | 'corrupt'
  | 'damagedDescription'
  | 'truncated'
  | 'unreadable'
  | 'imageCorrupt'
  | 'urlRefused'
  | 'urlBlocked'
  | 'cancelled'
  | 'unexpected';

/** A URL value that was changed or ignored. `raw` is the value as typed, cut short and cleaned of controls. */
export type UrlNote =
  | { readonly kind: 'tooLong'; readonly max: number }
  | { readonly kind: 'unknownKey'; readonly raw: string }
  | { readonly kind: 'twice'; readonly key: string }
  | {
      readonly kind: 'notNumber' | 'dimsShape' | 'flag' | 'clip' | 'camera';
      readonly key: string;
      readonly raw: string;
    }
  | { readonly kind: 'clamped' | 'odd'; readonly key: string; readonly raw: string; readonly value: string }
  | {
      readonly kind: 'notOneOf' | 'subset';
      readonly key: string;
      readonly raw: string;
      readonly options: readonly string[];
    }
  | { readonly kind: 'more'; readonly count: number };

export type MediaMessage =
  | { readonly kind: MediaProblem }
  | { readonly kind: 'tooLarge'; readonly bytes: number }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'httpMissing' | 'httpRefused'; readonly status: number }
  | { readonly kind: 'codec'; readonly label: string }
  | { readonly kind: 'damagedFrames'; readonly damaged: number; readonly total: number };

/** Anything shown in the alert or the notes. `text`: already worded by the interface (the camera's alerts). */
export type Message =
  UrlNote | MediaMessage | { readonly kind: 'localLink' } | { readonly kind: 'text'; readonly text: string };
