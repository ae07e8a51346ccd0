/**
 * Measurements that run INSIDE the page (installed with `context.addInitScript(installWcagProbes)`), for the
 * WCAG checks axe cannot make: reflow, text spacing, target size, focus. Each returns findings as
 * { selector, message }, so the tests can report "page: selector – message" like the axe sweep.
 * The function must be self-contained: Playwright sends its source text to the browser.
 */

export interface Finding {
  selector: string;
  message: string;
}

export interface FocusState {
  /** Selector of the focused element, or null when the focus is on the document (end of the tab cycle). */
  selector: string | null;
  findings: Finding[];
}

export interface WcagProbes {
  reflow(): Finding[];
  clippedText(): Finding[];
  targetSize(minimum: number): { checked: number; exempt: number; findings: Finding[] };
  focus(outlineWidth: number, contrast: number): FocusState;
  horizontalOverflow(): number;
}

declare global {
  interface Window {
    __wcag: WcagProbes;
  }
}

export function installWcagProbes(): void {
  const px = (value: string) => Number.parseFloat(value) || 0;

  function selectorOf(element: Element): string {
    const steps: string[] = [];
    let current: Element | null = element;
    while (current && current !== document.body && current !== document.documentElement && steps.length < 4) {
      if (current.id) {
        steps.unshift(`#${CSS.escape(current.id)}`);
        break;
      }
      let step = current.localName;
      const classes = [...current.classList].filter((c) => !c.startsWith('astro-')).slice(0, 2);
      if (classes.length > 0) step += classes.map((c) => `.${CSS.escape(c)}`).join('');
      const parent: Element | null = current.parentElement;
      const current2: Element = current;
      if (parent) {
        const same = [...parent.children].filter((c) => c.localName === current2.localName);
        if (same.length > 1) step += `:nth-of-type(${same.indexOf(current2) + 1})`;
      }
      steps.unshift(step);
      current = parent;
    }
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const label = element.getAttribute('aria-label');
    const shown = label ?? text;
    return `${steps.join(' > ')}${shown ? ` („${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}“)` : ''}`;
  }

  /** Hidden from sight: display none, invisible, visually-hidden (clipped to 1 px), or inside such a box. */
  function hidden(element: Element): boolean {
    for (let e: Element | null = element; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
      if (style.clipPath !== 'none' && style.clipPath.startsWith('inset(50%')) return true;
    }
    return false;
  }

  /** Is some ancestor a box that clips or scrolls sideways (so the element cannot widen the page)? */
  function insideHorizontalBox(element: Element): Element | null {
    for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
      const overflowX = getComputedStyle(e).overflowX;
      if (overflowX !== 'visible') return e;
    }
    return null;
  }

  function accessibleLabel(element: Element): string {
    const label = element.getAttribute('aria-label')?.trim();
    if (label) return label;
    const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
    return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
  }

  const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

  function horizontalOverflow(): number {
    const root = document.documentElement;
    return Math.max(0, root.scrollWidth - root.clientWidth);
  }

  function reflow(): Finding[] {
    const findings: Finding[] = [];
    const width = document.documentElement.clientWidth;
    const overflow = horizontalOverflow();
    const sticking: Element[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.right <= width + 1 && rect.left >= -1) continue;
      if (rect.bottom + window.scrollY < 0) continue; // moved above the page (skip link until focused)
      if (insideHorizontalBox(element) || hidden(element)) continue;
      sticking.push(element);
    }
    // Report the outermost element that sticks out, not every descendant of it.
    for (const element of sticking) {
      if (element.parentElement && sticking.includes(element.parentElement)) continue;
      const rect = element.getBoundingClientRect();
      const by = Math.round(Math.max(rect.right - width, -rect.left));
      findings.push({ selector: selectorOf(element), message: `ragt ${by} px über den ${width} px breiten Bildschirm hinaus` });
    }
    // Text that overflows its own box (a word too long for the line) sticks out although the box does not.
    for (const element of document.body.querySelectorAll('*')) {
      if (!hasOwnText(element) || getComputedStyle(element).overflowX !== 'visible') continue;
      const rect = element.getBoundingClientRect();
      const right = rect.left + element.scrollWidth;
      if (right <= width + 1 || sticking.some((s) => s === element || s.contains(element))) continue;
      if (insideHorizontalBox(element) || hidden(element)) continue;
      findings.push({ selector: selectorOf(element), message: `Text ragt ${Math.round(right - width)} px über den ${width} px breiten Bildschirm hinaus` });
    }
    if (overflow > 0 && findings.length === 0) {
      findings.push({ selector: 'html', message: `Seite scrollt ${overflow} px seitwärts` });
    }
    // Content that needs two dimensions may scroll in its own box: that box must be labelled and reachable.
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (!['auto', 'scroll'].includes(style.overflowX) || element.scrollWidth <= element.clientWidth + 1 || hidden(element)) continue;
      const reachable = (element as HTMLElement).tabIndex >= 0 || element.querySelector(FOCUSABLE) !== null;
      if (!accessibleLabel(element)) findings.push({ selector: selectorOf(element), message: 'scrollt seitwärts, aber hat keinen Namen (aria-label oder aria-labelledby)' });
      if (!reachable) findings.push({ selector: selectorOf(element), message: 'scrollt seitwärts, aber ist mit der Tastatur nicht erreichbar' });
    }
    return findings;
  }

  function hasOwnText(element: Element): boolean {
    return [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
  }

  /** Boxes that clip their text (overflow hidden or clip, or text-overflow: ellipsis) and now cut it off. */
  function clippedText(): Finding[] {
    const findings: Finding[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (!clipsX && !clipsY) continue;
      if (!(element.textContent ?? '').trim() || hidden(element)) continue;
      if (element.localName === 'svg' || element.closest('svg')) continue;
      const cutX = clipsX && element.scrollWidth > element.clientWidth + 1;
      const cutY = clipsY && element.scrollHeight > element.clientHeight + 1;
      if (cutX || cutY) {
        const how = [cutX ? `${element.scrollWidth - element.clientWidth} px in der Breite` : '', cutY ? `${element.scrollHeight - element.clientHeight} px in der Höhe` : ''].filter(Boolean);
        findings.push({ selector: selectorOf(element), message: `schneidet Text ab (${how.join(', ')})` });
      }
    }
    // Text that spills out of a box of fixed height overlaps what follows it.
    for (const element of document.body.querySelectorAll('*')) {
      if (!hasOwnText(element) || hidden(element)) continue;
      const style = getComputedStyle(element);
      if (style.display === 'inline' || style.overflowY !== 'visible') continue;
      // Less than a quarter line is the ink of large digits set with line-height 1, not a hidden line.
      const tolerance = Math.max(2, px(style.fontSize) / 4);
      if (element.scrollHeight > element.clientHeight + tolerance && element.clientHeight > 0) {
        findings.push({ selector: selectorOf(element), message: `Text ragt ${element.scrollHeight - element.clientHeight} px unten aus seinem Kasten und überlagert Folgendes` });
      }
    }
    return findings;
  }

  /** A link inside running text: shown inline in a block that holds other text as well (exempt from 2.5.8). */
  function inlineInText(element: Element): boolean {
    if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
    let block = element.parentElement;
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
    if (!block) return false;
    const all = (block.textContent ?? '').replace(/\s+/g, '');
    const own = (element.textContent ?? '').replace(/\s+/g, '');
    return all.length > own.length;
  }

  function targetRect(element: Element): DOMRect {
    const rect = element.getBoundingClientRect();
    // A checkbox or radio button is also operated through its label.
    if (element instanceof HTMLInputElement && element.labels && element.labels.length > 0) {
      let { left, top, right, bottom } = rect;
      for (const label of element.labels) {
        const r = label.getBoundingClientRect();
        left = Math.min(left, r.left);
        top = Math.min(top, r.top);
        right = Math.max(right, r.right);
        bottom = Math.max(bottom, r.bottom);
      }
      return new DOMRect(left, top, right - left, bottom - top);
    }
    return rect;
  }

  function targetSize(minimum: number): { checked: number; exempt: number; findings: Finding[] } {
    const findings: Finding[] = [];
    const targets = [...document.body.querySelectorAll(`${FOCUSABLE}, [role="button"], [role="link"]`)]
      .filter((e) => !hidden(e) && !(e instanceof HTMLInputElement && e.type === 'hidden'))
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.bottom + window.scrollY >= 0;
      })
      // A scrolling region is focusable for the keyboard; it is not a pointer target.
      .filter((e) => !(e.getAttribute('tabindex') === '0' && !e.matches('a, button, input, select, textarea, summary, [role]')));
    let exempt = 0;
    const rects = targets.map(targetRect);
    const small = rects.map((r) => r.width < minimum - 0.5 || r.height < minimum - 0.5);
    targets.forEach((element, i) => {
      if (!small[i]) return;
      if (inlineInText(element)) {
        exempt += 1;
        return;
      }
      const r = rects[i]!;
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const radius = minimum / 2;
      const conflict = targets.findIndex((other, j) => {
        if (j === i || other.contains(element) || element.contains(other)) return false;
        const o = rects[j]!;
        if (small[j]) {
          const ox = o.left + o.width / 2;
          const oy = o.top + o.height / 2;
          return Math.hypot(cx - ox, cy - oy) < minimum;
        }
        const dx = Math.max(o.left - cx, 0, cx - o.right);
        const dy = Math.max(o.top - cy, 0, cy - o.bottom);
        return Math.hypot(dx, dy) < radius;
      });
      if (conflict >= 0) {
        findings.push({
          selector: selectorOf(element),
          message: `${Math.round(r.width)} × ${Math.round(r.height)} px, zu nah an ${selectorOf(targets[conflict]!)}`,
        });
      }
    });
    return { checked: targets.length, exempt, findings };
  }

  function luminance(color: string): number | null {
    const m = color.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
    if (a === 0) return null;
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  }

  function backgroundBehind(element: Element): number {
    for (let e: Element | null = element; e; e = e.parentElement) {
      const l = luminance(getComputedStyle(e).backgroundColor);
      if (l !== null) return l;
    }
    return 1; // the canvas is white (color-scheme: light)
  }

  let stickyParts: Element[] | undefined;

  function focus(outlineWidth: number, contrast: number): FocusState {
    // Let running transitions end (reduced motion makes them 0.01 ms, but a tab in the background may not
    // have drawn that frame yet): measure what the visitor sees once the focus has moved.
    for (const animation of document.getAnimations()) animation.finish();
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return { selector: null, findings: [] };
    const selector = selectorOf(element);
    const findings: Finding[] = [];
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || hidden(element)) {
      findings.push({ selector, message: 'hat den Fokus, ist aber nicht zu sehen' });
      return { selector, findings };
    }
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    if (rect.bottom <= 0 || rect.top >= viewport.height || rect.right <= 0 || rect.left >= viewport.width) {
      findings.push({ selector, message: 'hat den Fokus, liegt aber außerhalb des sichtbaren Bereichs' });
    }
    // 2.4.11: not entirely hidden by sticky or fixed parts of the page (found once per page: tabbing
    // through a page asks hundreds of times).
    stickyParts ??= [...document.body.querySelectorAll('*')].filter((e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position));
    for (const cover of stickyParts) {
      if (cover.contains(element) || element.contains(cover) || hidden(cover)) continue;
      const c = cover.getBoundingClientRect();
      if (c.left <= rect.left && c.top <= rect.top && c.right >= rect.right && c.bottom >= rect.bottom) {
        findings.push({ selector, message: `ganz verdeckt von ${selectorOf(cover)}` });
      }
    }
    // 2.4.7 / 2.4.13: a solid outline of enough width and contrast against the background next to it.
    const style = getComputedStyle(element);
    const width = px(style.outlineWidth);
    if (style.outlineStyle === 'none' || width === 0) {
      // A map area shows its focus as a thick border (stroke) around its shape instead of an outline.
      const shape = element instanceof SVGElement ? element.querySelector('path') : null;
      if (shape) {
        const shapeStyle = getComputedStyle(shape);
        const scale = shape.getScreenCTM()?.a ?? 1;
        const stroke = px(shapeStyle.strokeWidth) * (shapeStyle.vectorEffect === 'non-scaling-stroke' ? 1 : scale);
        if (shapeStyle.stroke === 'none' || stroke < outlineWidth - 0.01) {
          findings.push({ selector, message: `Fokusrahmen (Kontur der Fläche) nur ${stroke.toFixed(1).replace('.', ',')} px breit` });
        }
        const ring = luminance(shapeStyle.stroke);
        const fill = luminance(shapeStyle.fill) ?? backgroundBehind(element);
        if (ring !== null) {
          const ratio = (Math.max(ring, fill) + 0.05) / (Math.min(ring, fill) + 0.05);
          if (ratio < contrast) findings.push({ selector, message: `Kontur hat nur ${ratio.toFixed(2).replace('.', ',')}:1 Kontrast zur Fläche` });
        }
      } else if (style.boxShadow === 'none') {
        findings.push({ selector, message: 'kein sichtbarer Fokusrahmen' });
      }
      return { selector, findings };
    }
    if (width < outlineWidth - 0.01) findings.push({ selector, message: `Fokusrahmen nur ${width} px breit` });
    const ring = luminance(style.outlineColor);
    const behind = backgroundBehind(element.parentElement ?? element);
    if (ring !== null) {
      const ratio = (Math.max(ring, behind) + 0.05) / (Math.min(ring, behind) + 0.05);
      if (ratio < contrast) findings.push({ selector, message: `Fokusrahmen hat nur ${ratio.toFixed(2).replace('.', ',')}:1 Kontrast zum Hintergrund` });
    }
    return { selector, findings };
  }

  window.__wcag = { reflow, clippedText, targetSize, focus, horizontalOverflow };
}

/** The WCAG 1.4.12 text-spacing overrides (as the W3C's text-spacing bookmarklet sets them). */
export function textSpacingCss(spacing: { lineHeight: number; paragraphSpacing: number; letterSpacing: number; wordSpacing: number }): string {
  return `* { line-height: ${spacing.lineHeight} !important; letter-spacing: ${spacing.letterSpacing}em !important; word-spacing: ${spacing.wordSpacing}em !important; }
p { margin-block-end: ${spacing.paragraphSpacing}em !important; }`;
}
