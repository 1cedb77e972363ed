import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export interface Place {
  top: number;
  left: number;
}

/**
 * Positions an element through the CSSOM (`style.setProperty`). The page's CSP forbids inline style
 * attributes, and Lit's styleMap writes one on first render.
 */
class PlaceAtDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('placeAt() is an element directive.');
  }

  render(_place: Place): unknown {
    return noChange;
  }

  override update(part: ElementPart, [place]: [Place]): unknown {
    const style = (part.element as HTMLElement).style;
    style.setProperty('top', `${Math.round(place.top)}px`);
    style.setProperty('left', `${Math.round(place.left)}px`);
    return noChange;
  }
}

export const placeAt = directive(PlaceAtDirective);
