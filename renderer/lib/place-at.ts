import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export interface Place {
  top: number;
  left: number;
}

/**
 * Sets CSS properties on an element through the CSSOM (`style.setProperty`). The page's CSP forbids inline
 * style attributes, and Lit's styleMap writes one on first render.
 */
class CssPropsDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() is an element directive.');
  }

  render(_props: Readonly<Record<string, string>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);

/** Positions an element (top and left in pixels). */
export const placeAt = (place: Place) =>
  cssProps({ top: `${Math.round(place.top)}px`, left: `${Math.round(place.left)}px` });
