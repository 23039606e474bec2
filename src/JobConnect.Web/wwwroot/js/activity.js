// Tells the server when the person works in an open page (a click or a key), so the idle timeout
// counts real use: renders, polling and JS results of an unattended page do not keep a session alive.
window.jobConnectActivity = {
  start: (tracker) => {
    let reported = 0;
    const report = () => {
      tracker.invokeMethodAsync("Touch").then(() => {
        // Lets browser tests wait until the server has seen the activity.
        document.body.dataset.activityReported = String(++reported);
      }, () => { });
    };
    document.addEventListener("pointerdown", report, { capture: true, passive: true });
    document.addEventListener("keydown", report, { capture: true, passive: true });
  },
};
