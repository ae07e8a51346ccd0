/**
 * With `npm run cms`: the entry drawn by the site's own components (card, key facts, page header) with the
 * site's styles, as the dev server renders them (src/lib/cms/site-preview.astro). The entry is sent as saving
 * would write it (pre-save.ts), a moment after the editor stops typing; the answer is shown in a sandboxed
 * frame (no scripts, links do not leave it).
 */
import { Component, createElement as h } from 'react';
import { sitePreviewPath } from '../../src/lib/cms/site-preview-route.ts';

interface Props {
  /** The site's base path. */
  base: string;
  collection: string;
  id: string;
  data: Record<string, unknown>;
}

interface State {
  html?: string;
}

/** How long the editor's typing may pause before the preview is drawn again. */
const PAUSE_MS = 300;

export class SiteComponentsPreview extends Component<Props, State> {
  override state: State = {};
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sent = '';

  override componentDidMount() {
    void this.draw();
  }

  override componentDidUpdate() {
    if (this.request() === this.sent) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.draw(), PAUSE_MS);
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  private request(): string {
    return JSON.stringify({ id: this.props.id, data: this.props.data });
  }

  private async draw() {
    const body = (this.sent = this.request());
    try {
      const response = await fetch(sitePreviewPath(this.props.base, this.props.collection), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (body === this.sent) this.setState({ html: await response.text() });
    } catch {
      if (body === this.sent) this.setState({ html: '<p>Die Vorschau mit den Bausteinen der Website ist nicht erreichbar: Läuft „npm run cms“ noch?</p>' });
    }
  }

  override render() {
    return h(
      'section',
      // Named by its visible heading line (an aria-label with the same words would be read out twice).
      { className: 'vorschau-website', 'aria-labelledby': 'vorschau-website-titel' },
      h('p', { className: 'vorschau-art', id: 'vorschau-website-titel' }, 'Auf der Website'),
      h('iframe', {
        title: 'Der Eintrag mit den Bausteinen der Website',
        srcDoc: this.state.html ?? '',
        sandbox: 'allow-same-origin',
        onLoad: (e: { currentTarget: HTMLIFrameElement }) => {
          const doc = e.currentTarget.contentDocument;
          if (doc) e.currentTarget.style.blockSize = `${doc.documentElement.scrollHeight}px`;
        },
      }),
    );
  }
}
