// The reconnect notice (Components/Layout/ReconnectModal.razor): Blazor sets its state classes; this adds the
// retry button and, when the server no longer knows the circuit, reloads the page so it shows what was saved.
(() => {
  const modal = document.getElementById("components-reconnect-modal");
  if (!modal) {
    return;
  }
  modal.addEventListener("components-reconnect-state-changed", (event) => {
    if (event.detail.state === "rejected") {
      location.reload();
    }
  });
  document.getElementById("components-reconnect-button")?.addEventListener("click", async () => {
    try {
      if (!await Blazor.reconnect()) {
        location.reload();
      }
    } catch {
      // Still no network: the notice stays and offers the retry again.
    }
  });
})();
