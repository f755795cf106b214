// Glossary tooltips (WCAG 1.4.13): Esc hides the open one without moving focus;
// it may show again once the pointer or focus has left the term.
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  document.querySelectorAll('.term:hover, .term:focus-within').forEach((t) => t.classList.add('term--dismissed'));
});
for (const type of ['mouseout', 'focusout'] as const) {
  document.addEventListener(type, (e) => {
    if (e.target instanceof Element) e.target.closest('.term')?.classList.remove('term--dismissed');
  });
}
