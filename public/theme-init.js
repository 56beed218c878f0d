/* data-theme before the first paint: the stored choice, else the system's (src/components/theme-toggle.ts). */
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var theme;
  try {
    theme = localStorage.getItem('theme');
  } catch (e) {}
  if (theme !== 'light' && theme !== 'dark') theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  root.setAttribute('data-theme', theme);
})();
