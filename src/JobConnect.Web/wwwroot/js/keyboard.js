// Keyboard help that needs no round trip to the server (WCAG 2.1.1, 2.4.1).
(() => {
  // The skip link moves focus, not just the scroll position, so the next Tab continues in the content.
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a.skip-link");
    if (!link) return;
    const target = document.getElementById(link.hash.slice(1));
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    target.focus();
  }, { capture: true });

  // A grid marked data-grid-keys has one tab stop; the arrow keys (and Home/End) move focus between its cells'
  // buttons. Enter and Space are the buttons' own: the server decides what a press means.
  const moves = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
  document.addEventListener("keydown", (event) => {
    const button = event.target.closest && event.target.closest("[data-grid-keys] td > button");
    if (!button || event.altKey || event.ctrlKey || event.metaKey) return;
    const cell = button.parentElement;
    const rows = [...cell.closest("tbody").rows];
    let row = rows.indexOf(cell.parentElement);
    let column = cell.cellIndex;
    if (moves[event.key]) {
      row += moves[event.key][0];
      column += moves[event.key][1];
    } else if (event.key === "Home") {
      column = 1;
    } else if (event.key === "End") {
      column = Number.MAX_SAFE_INTEGER;
    } else {
      return;
    }
    if (row < 0 || row >= rows.length) return;
    const cells = [...rows[row].cells].filter((c) => c.querySelector(":scope > button"));
    if (cells.length === 0) return;
    const target = [...rows[row].cells][column]?.querySelector(":scope > button")
      ?? (column <= cells[0].cellIndex ? cells[0] : cells[cells.length - 1]).querySelector(":scope > button");
    if (!target || target === button) return;
    event.preventDefault();
    button.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  });
})();
