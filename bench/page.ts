/**
 * Functions the bench runs inside the page (serialised by playwright's `evaluate` / init scripts,
 * so each is self-contained). Times are the page's performance.now() in ms; "drawn" is the next
 * animation frame after the DOM holds what is awaited.
 */

/** What the page records about one file read. */
export interface ReadRecord {
  chosen: number | null;
  mapping: number | null;
  drawn: number | null;
  error: string | null;
  /** Longest 'longtask' entry between the file's change event and drawn. */
  longestTask: number;
  /** Longest gap between ticks of a 10 ms timer over the same span (a cross-check of longestTask). */
  longestGap: number;
  status: string;
}

/**
 * Installed before the file is chosen: notes the input's change event, clicks the mapping step's
 * confirm button (`confirmLabel`) as soon as it is shown, and notes when the status bar says the
 * file `name` is ready and the next frame has been drawn. Long tasks and timer gaps are recorded over
 * that span.
 */
export function instrumentRead({ name, confirmLabel }: { name: string; confirmLabel: string }): void {
  const r: ReadRecord = { chosen: null, mapping: null, drawn: null, error: null, longestTask: 0, longestGap: 0, status: '' };
  (window as unknown as { benchRead: ReadRecord }).benchRead = r;
  const running = () => r.chosen !== null && r.drawn === null && r.error === null;
  const tasks = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (running() && e.startTime >= r.chosen!) r.longestTask = Math.max(r.longestTask, e.duration);
  });
  tasks.observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    if (running()) r.longestGap = Math.max(r.longestGap, now - last);
    last = now;
  }, 10);
  window.addEventListener('change', () => {
    r.chosen = performance.now();
    last = r.chosen;
  }, { capture: true, once: true });
  const stop = () => {
    observer.disconnect();
    clearInterval(tick);
    setTimeout(() => tasks.disconnect(), 500); // long-task entries arrive after the task
  };
  const observer = new MutationObserver(() => {
    if (r.chosen === null || r.drawn !== null) return;
    const confirm = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="mapping"] button')].find((b) => b.textContent?.trim() === confirmLabel);
    if (confirm && r.mapping === null) {
      r.mapping = performance.now();
      confirm.click();
    }
    const status = document.querySelector<HTMLElement>('.status');
    if (status?.dataset.status === 'error') {
      r.error = status.textContent?.replace(/\s+/g, ' ').trim() ?? 'error';
      stop();
    } else if (status?.dataset.status === 'ready' && status.textContent?.includes(name) && r.mapping !== null) {
      r.status = status.textContent.replace(/\s+/g, ' ').trim();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => {
        r.drawn = performance.now();
        stop();
      }));
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

/**
 * Sets the URL hash and resolves with the ms until the next frame after `want` holds: `count`
 * elements match `selector` and have children (a drawn chart, not an empty svg).
 */
export function timeHashChange({ hash, selector, count }: { hash: string; selector: string; count: number }): Promise<number> {
  return new Promise((resolve, reject) => {
    const drawn = () => [...document.querySelectorAll(selector)].filter((e) => e.childElementCount > 0).length >= count;
    const t0 = performance.now();
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${selector} × ${count} not drawn within 60 s`));
    }, 60_000);
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
    };
    const observer = new MutationObserver(() => drawn() && done());
    observer.observe(document.body, { subtree: true, childList: true });
    location.hash = hash;
  });
}

/** Init script: the time the first chart of the page (a card's sparkline or a detail chart) has marks, then a frame. */
export function watchFirstChart(): void {
  const w = window as unknown as { benchFirstChart: number | null };
  w.benchFirstChart = null;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.card svg path, .detail svg path')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.benchFirstChart = performance.now())));
  });
  observer.observe(document, { subtree: true, childList: true });
}
