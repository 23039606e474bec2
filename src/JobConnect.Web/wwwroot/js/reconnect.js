// The reconnect notice (Components/Layout/ReconnectModal.razor): Blazor sets its state classes; this adds the
// retry button and, when the server no longer knows the circuit, reloads the page so it shows what was saved.
// Keyboard users: when the retries have run out, focus moves to the retry button (Enter tries again); when the
// connection is back, focus returns to where it was before the notice covered the page.
(() => {
  const modal = document.getElementById("components-reconnect-modal");
  if (!modal) {
    return;
  }
  const retry = document.getElementById("components-reconnect-button");
  let focusBefore = null;
  modal.addEventListener("components-reconnect-state-changed", (event) => {
    const state = event.detail.state;
    if (state === "rejected") {
      location.reload();
    } else if (state === "show" && !modal.contains(document.activeElement)) {
      focusBefore = document.activeElement;
    } else if (state === "failed") {
      retry?.focus();
    } else if (state === "hide" && modal.contains(document.activeElement)) {
      if (focusBefore?.isConnected) {
        focusBefore.focus();
      }
      focusBefore = null;
    }
  });
  retry?.addEventListener("click", async () => {
    try {
      if (!await Blazor.reconnect()) {
        location.reload();
      }
    } catch {
      // Still no network: the notice stays and offers the retry again.
      retry.focus();
    }
  });
})();
