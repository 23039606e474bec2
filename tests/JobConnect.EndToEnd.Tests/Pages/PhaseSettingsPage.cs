using Microsoft.Playwright;

namespace JobConnect.EndToEnd.Tests.Pages;

/// <summary>The organizer's "Messephasen" page: one form per phase.</summary>
public sealed class PhaseSettingsPage(IPage page)
{
    public ILocator Phase(string kind) => page.GetByTestId($"phase-{kind}");

    public ILocator Seats(string kind) => Phase(kind).Locator("input[data-testid=seats]");

    public ILocator BreakRows(string kind) => Phase(kind).GetByTestId("break-row");

    public async Task AddBreakAsync(string kind, string start, string end)
    {
        var before = await BreakRows(kind).CountAsync();
        await Phase(kind).GetByTestId("add-break").ClickAsync();
        // The row arrives with the circuit's next render; fill only the new one.
        await Assertions.Expect(BreakRows(kind)).ToHaveCountAsync(before + 1);
        var inputs = BreakRows(kind).Nth(before).Locator("input");
        await inputs.Nth(0).FillAsync(start);
        await inputs.Nth(1).FillAsync(end);
    }

    public async Task SaveAsync(string kind) => await Phase(kind).GetByTestId("save-phase").ClickAsync();
}
