// The few DOM members we use, typed structurally. The project compiles without the DOM lib (it is a Node
// app), and linkedom's own typings lean on it, so we describe just what we touch.

export interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}

export interface MiniElement extends MiniNode {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): MiniElement | null;
  querySelectorAll(selector: string): ArrayLike<MiniElement>;
  prepend(...nodes: MiniElement[]): void;
  remove(): void;
}

export interface MiniDocument {
  title: string;
  head: MiniElement | null;
  body: MiniElement | null;
  documentElement: MiniElement | null;
  createElement(name: string): MiniElement;
  querySelector(selector: string): MiniElement | null;
  querySelectorAll(selector: string): ArrayLike<MiniElement>;
}
