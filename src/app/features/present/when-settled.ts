/**
 * Resolves once a view has finished drawing: its lazy chunk loaded (no ".loading" left), fonts
 * ready, and no change to its DOM for `quietMs` (maps and charts draw in effects after mounting).
 * Gives up waiting after `timeoutMs`, so a view that keeps animating cannot stall the handout.
 */
export function whenSettled(el: HTMLElement, quietMs = 350, timeoutMs = 8000): Promise<void> {
  return new Promise((resolve) => {
    let timer = 0;
    const started = Date.now();
    const done = () => {
      observer.disconnect();
      window.clearTimeout(timer);
      resolve();
    };
    const check = () => {
      window.clearTimeout(timer);
      const waiting = el.querySelector('.loading') !== null || el.childElementCount === 0;
      const wait = Date.now() - started > timeoutMs ? 0 : quietMs;
      timer = window.setTimeout(() => {
        if (wait === 0 || !waiting) done();
        else check();
      }, wait);
    };
    const observer = new MutationObserver(check);
    observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
    void document.fonts.ready.then(check);
  });
}
