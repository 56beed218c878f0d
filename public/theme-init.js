/* data-theme before the first paint (src/components/ThemeToggle.astro). Served as written. */
(function (root, theme) {
  root.classList.add('js');
  try {
    theme = localStorage.getItem('theme');
  } catch (e) {}
  if (theme !== 'light' && theme !== 'dark') theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  root.setAttribute('data-theme', theme);
})(document.documentElement);
