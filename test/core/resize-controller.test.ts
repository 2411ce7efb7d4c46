// ResizeController (src/core/resize-controller.ts): a widget fits its layout to the room it
// gets. A real element is resized in the page and the widths it reports are checked: the
// content box, the target's width when it names one, nothing after it leaves the page, and the
// reports again when it comes back.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { LitElement, css, html as litHtml } from 'lit';
import { ResizeController } from '../../src/core/resize-controller.js';
import { sleep, until } from '../helpers/feeds.js';

/** Reports the host's width. */
class ResizeHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      box-sizing: content-box;
      padding: 0 10px;
      border: 2px solid;
    }
  `;
  widths: number[] = [];
  readonly watch = new ResizeController(this, { onResize: (w) => this.widths.push(w) });
  override render() {
    return litHtml`<p>host</p>`;
  }
}
customElements.define('test-resize-host', ResizeHost);

/** Reports the width of a box in its shadow root. */
class ResizeTarget extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .box {
      width: 120px;
    }
  `;
  widths: number[] = [];
  readonly watch = new ResizeController(this, {
    target: () => this.renderRoot.querySelector('.box'),
    onResize: (w) => this.widths.push(w),
  });
  override render() {
    return litHtml`<div class="box">box</div>`;
  }
}
customElements.define('test-resize-target', ResizeTarget);

/** Two animation frames: a resize's report comes in the frame after the observer's. */
const frames = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

const last = (widths: number[]) => widths[widths.length - 1];

describe('ResizeController', () => {
  afterEach(() => fixtureCleanup());

  it('reports the content-box width after the first render, and again at each change', async () => {
    const el = await fixture<ResizeHost>(
      html`<test-resize-host style="width: 300px"></test-resize-host>`,
    );
    await until(() => last(el.widths) === 300, `300 (reported ${el.widths.join()})`);
    el.style.width = '180px';
    await until(() => last(el.widths) === 180, `180 (reported ${el.widths.join()})`);
    // The padding and border around the content box do not count.
    el.style.padding = '0 40px';
    await frames();
    await sleep(50);
    expect(last(el.widths)).to.equal(180);
    // The report comes in an animation frame, after the layout: the width it gives is there.
    expect(el.getBoundingClientRect().width).to.equal(180 + 80 + 4);
  });

  it('follows its target, not the host, when it names one', async () => {
    const el = await fixture<ResizeTarget>(
      html`<test-resize-target style="width: 400px"></test-resize-target>`,
    );
    await until(() => el.widths.length > 0, 'the first report');
    expect(el.widths).to.deep.equal([120]);
    el.style.width = '250px';
    await frames();
    await sleep(50);
    expect(el.widths, 'the host changed, the box did not').to.deep.equal([120]);
    el.renderRoot.querySelector<HTMLElement>('.box')!.style.width = '90px';
    await until(() => last(el.widths) === 90, `90 (reported ${el.widths.join()})`);
  });

  it('stops when the element leaves the page and starts again when it comes back', async () => {
    const el = await fixture<ResizeHost>(
      html`<test-resize-host style="width: 300px"></test-resize-host>`,
    );
    await until(() => last(el.widths) === 300, `300 (reported ${el.widths.join()})`);
    const parent = el.parentElement!;
    el.remove();
    // Still observed, a removed element would be reported with no width at all.
    await frames();
    await sleep(80);
    expect(el.widths, 'nothing reported while away').to.deep.equal([300]);
    el.style.width = '220px';
    parent.append(el);
    await until(
      () => last(el.widths) === 220,
      `220 after coming back (reported ${el.widths.join()})`,
    );
    el.style.width = '160px';
    await until(() => last(el.widths) === 160, `160 (reported ${el.widths.join()})`);
  });
});
