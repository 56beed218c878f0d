/*
 * Runs in <head> before the page is painted (a blocking classic script), so a stored light/dark
 * choice is applied before the first frame and the other theme never flashes. An external file
 * because the Content-Security-Policy allows no inline script. The toggle itself is
 * src/components/ThemeToggle.astro + theme-toggle.ts.
 */
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {
    /* storage blocked: follow the system setting */
  }
})();
