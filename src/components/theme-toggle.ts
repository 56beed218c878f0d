/**
 * The colour theme toggle: light, dark or follow the system (the default). The choice is stored
 * in localStorage under "theme" and shown on <html data-theme="light|dark"> (no attribute =
 * system); global.css's `dark` variant follows that attribute and prefers-color-scheme.
 * public/theme-init.js applies the stored choice before the first paint.
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

function apply(choice: Choice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
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
// Another tab changed the theme.
window.addEventListener('storage', (e) => {
  if (e.key !== KEY && e.key !== null) return;
  current = stored();
  render();
});
render();
