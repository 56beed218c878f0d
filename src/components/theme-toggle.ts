/**
 * The colour theme toggle: light, dark or follow the system (the default). The choice is stored
 * in localStorage under "theme"; the theme shown is always on <html data-theme="light|dark">
 * (the system's while the reader follows it, updated when the system setting changes), which is
 * all the stylesheets read. public/theme-init.js sets it before the first paint. Without
 * JavaScript no attribute is set, and the no-JS stylesheet (src/weight/dark-mode.ts) follows
 * prefers-color-scheme instead.
 */
type Choice = 'light' | 'dark' | 'system';

const KEY = 'theme';

function stored(): Choice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

const system = matchMedia('(prefers-color-scheme: dark)');

function apply(choice: Choice): void {
  document.documentElement.setAttribute('data-theme', choice === 'system' ? (system.matches ? 'dark' : 'light') : choice);
}

function save(choice: Choice): void {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    /* storage blocked: the choice lasts for this page only */
  }
}

const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle] button[data-theme-choice]')];
let current = stored();

function render(): void {
  apply(current);
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.themeChoice === current));
}

for (const b of buttons) {
  b.addEventListener('click', () => {
    current = b.dataset.themeChoice as Choice;
    save(current);
    render();
  });
}
// The system setting changed while the reader follows it.
system.addEventListener('change', () => {
  if (current === 'system') render();
});
// Another tab changed the theme.
window.addEventListener('storage', (e) => {
  if (e.key !== KEY && e.key !== null) return;
  current = stored();
  render();
});
render();
