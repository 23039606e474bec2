using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Accessibility;

/// <summary>
/// A person without a mouse: Tab and Shift+Tab to reach a control, the arrow keys inside grids and lists,
/// Enter and Space to act. Only <see cref="IPage.Keyboard"/> is used to change anything; the page is read to
/// know where focus is, as a person sees the focus ring.
/// </summary>
public sealed class Keyboard(IPage page)
{
    /// <summary>More Tab presses than any page needs to reach a control; beyond that the control is not reachable.</summary>
    private const int MaxPresses = 150;

    /// <summary>Presses Tab (or Shift+Tab) until the focused element matches <paramref name="selector"/>.</summary>
    public async Task TabToAsync(string selector, bool backwards = false)
    {
        for (var i = 0; i < MaxPresses; i++)
        {
            if (await FocusMatchesAsync(selector))
            {
                return;
            }
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }
        throw new InvalidOperationException($"{MaxPresses} × {(backwards ? "Shift+Tab" : "Tab")} did not reach {selector}; focus is on {await FocusedAsync()}.");
    }

    public async Task<bool> FocusMatchesAsync(string selector) =>
        await page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector);

    /// <summary>The focused element's start tag, for messages.</summary>
    public async Task<string> FocusedAsync() =>
        await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'");

    /// <summary>Whether the focused element shows a focus indicator (an outline or a ring drawn with box-shadow).</summary>
    public async Task<bool> FocusVisibleAsync() =>
        await page.EvaluateAsync<bool>("""
            () => {
              const e = document.activeElement; if (!e || e === document.body) return false;
              const s = getComputedStyle(e);
              return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
            }
            """);

    public Task PressAsync(string key) => page.Keyboard.PressAsync(key);

    /// <summary>Types like a person, a key at a time with a short pause, so a field that searches while typing keeps up.</summary>
    public Task TypeAsync(string text) => page.Keyboard.TypeAsync(text, new() { Delay = 60 });
}
