using Microsoft.Playwright;

namespace JobConnect.Load;

/// <summary>A click and the element whose appearance shows its result (the new page's content, the desk's answer).</summary>
public sealed record Step(string Name, string Target, string Shows);

/// <summary>
/// Click → rendered change, timed inside the page: the click is dispatched by script, a MutationObserver waits
/// for the element that shows the result, then one animation frame (the browser paints the change). Measuring
/// in the page keeps Playwright's own round trips out of the figure.
/// </summary>
public static class Click
{
    private const string Script = """
        async ([target, shows, timeoutMs]) => {
          const element = document.querySelector(target);
          if (!element) throw new Error('nothing to click: ' + target);
          if (document.querySelector(shows)) throw new Error('already shown before the click: ' + shows);
          const start = performance.now();
          element.click();
          await new Promise((resolve, reject) => {
            const observer = new MutationObserver(() => {
              if (document.querySelector(shows)) { observer.disconnect(); clearTimeout(timer); resolve(); }
            });
            const timer = setTimeout(() => { observer.disconnect(); reject(new Error('not shown within ' + timeoutMs + ' ms: ' + shows)); }, timeoutMs);
            observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          });
          await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return performance.now() - start;
        }
        """;

    public static async Task<double> TimeAsync(IPage page, Step step, int timeoutMs = 60_000) =>
        await page.EvaluateAsync<double>(Script, new object[] { step.Target, step.Shows, timeoutMs });

    /// <summary>Types into an input and presses Enter (a scanner does exactly that), timed to the element that shows the result.</summary>
    public static async Task<double> TypeAndEnterAsync(IPage page, string input, string text, string shows, int timeoutMs = 60_000) =>
        await page.EvaluateAsync<double>("""
            async ([input, text, shows, timeoutMs]) => {
              const field = document.querySelector(input);
              if (!field) throw new Error('no input: ' + input);
              const start = performance.now();
              field.value = text;
              field.dispatchEvent(new Event('input', { bubbles: true }));
              field.dispatchEvent(new Event('change', { bubbles: true }));
              for (const type of ['keydown', 'keypress', 'keyup']) {
                field.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true }));
              }
              await new Promise((resolve, reject) => {
                const check = () => { const e = document.querySelector(shows); return e && e.textContent.includes(text); };
                const observer = new MutationObserver(() => { if (check()) { observer.disconnect(); clearTimeout(timer); resolve(); } });
                const timer = setTimeout(() => { observer.disconnect(); reject(new Error('not shown within ' + timeoutMs + ' ms: ' + shows)); }, timeoutMs);
                observer.observe(document.body, { childList: true, subtree: true, characterData: true });
              });
              await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
              return performance.now() - start;
            }
            """, new object[] { input, text, shows, timeoutMs });
}

/// <summary>Percentiles of a set of durations (nearest rank).</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> values, double percentile)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public static string Summary(IReadOnlyList<double> ms) => ms.Count == 0
        ? "no samples"
        : $"n={ms.Count} p50={Of(ms, 50):F0} ms p95={Of(ms, 95):F0} ms p99={Of(ms, 99):F0} ms max={ms.Max():F0} ms";
}
