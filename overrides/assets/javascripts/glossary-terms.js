// Glossary definitions open on hover and focus (CSS); Escape closes the open one without moving
// focus (WCAG 1.4.13), and it opens again when the pointer or focus comes back to the term.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  for (const term of document.querySelectorAll(".aim-term")) term.classList.add("is-dismissed");
});
for (const type of ["mouseover", "focusin"]) {
  document.addEventListener(type, (event) => {
    const term = event.target instanceof Element ? event.target.closest(".aim-term") : null;
    if (term && !term.contains(event.relatedTarget)) term.classList.remove("is-dismissed");
  });
}
