import type { Element, ElementContent } from 'hast';

/**
 * KaTeX positions every box with an inline style (`style="margin-right:0.2778em;"`), and a chapter
 * repeats a few hundred distinct ones some 2,000 times: a sixth of the largest lessons' HTML. Each
 * distinct style becomes one class here and one rule in a stylesheet the chapter carries once.
 * The rules are `!important`, so they win wherever the inline style won before; KaTeX's own CSS
 * has no `!important` on the properties it positions with.
 */
export class KatexStyleSheet {
  private readonly classOf = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** Moves the inline styles of `nodes` and their descendants into classes; drops TeX annotations. */
  rewrite(nodes: ElementContent[]): ElementContent[] {
    return nodes.filter((node) => {
      if (node.type !== 'element') return true;
      // <annotation encoding="application/x-tex"> repeats the TeX source inside the MathML. Screen
      // readers read the presentation MathML beside it, so it only costs bytes.
      if (node.tagName === 'annotation') return false;
      this.moveStyle(node);
      node.children = this.rewrite(node.children);
      return true;
    });
  }

  /** The rules for every class handed out, or '' when none was. */
  css(): string {
    return [...this.classOf].map(([style, name]) => `.${name}{${important(style)}}`).join('');
  }

  private moveStyle(node: Element) {
    const style = node.properties?.style;
    if (typeof style !== 'string' || style === '') return;
    const name = this.className(style);
    const classes = node.properties.className;
    node.properties.className = Array.isArray(classes) ? [...classes, name] : [name];
    delete node.properties.style;
  }

  /** `k` + five base-36 digits of the style's hash; salted again in the rare case two styles share one. */
  private className(style: string): string {
    const known = this.classOf.get(style);
    if (known) return known;
    let name = '';
    for (let salt = 0; name === '' || this.taken.has(name); salt++) name = `k${hash(`${salt}:${style}`).toString(36).padStart(5, '0')}`;
    this.classOf.set(style, name);
    this.taken.add(name);
    return name;
  }
}

/** `a:1;b:2;` → `a:1!important;b:2!important`. */
function important(style: string): string {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => `${d}!important`)
    .join(';');
}

/** FNV-1a, reduced to five base-36 digits (36⁵ ≈ 60 million names). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h % 36 ** 5;
}
