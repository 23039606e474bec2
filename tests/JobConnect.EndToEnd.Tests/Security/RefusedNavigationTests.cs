using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Security;

/// <summary>
/// Inside an open page navigation never reaches the server's authorization: a caseworker who follows an
/// organizer's address in the same tab sees the refusal, and it is audited like a refused request (ASVS 16.3.2).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RefusedNavigationTests(BrowserSession browser)
{
    [Fact]
    public async Task A_caseworker_navigating_to_an_organizer_page_inside_the_open_page_is_refused_and_audited()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await browser.SignedInPageAsync(DemoSeeder.CaseworkerEmail);
        var before = await RefusalsAsync("/organizer/fair", ct);

        await page.EvaluateAsync("() => Blazor.navigateTo('/organizer/fair')"); // inside the circuit, no request

        await Expect(page.GetByText("Für diese Seite fehlt Ihnen die Berechtigung.")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/organizer/fair$"));
        for (var attempt = 0; attempt < 100 && await RefusalsAsync("/organizer/fair", ct) == before; attempt++)
        {
            await Task.Delay(100, ct);
        }
        Assert.Equal(before + 1, await RefusalsAsync("/organizer/fair", ct));
    }

    private async Task<int> RefusalsAsync(string address, CancellationToken ct)
    {
        using var scope = browser.App.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(ct);
        return await db.AuditEntries.CountAsync(e => e.Action == AuditActions.AccessDenied && e.EntityType == AuditLog.Page && e.EntityId == address
            && e.UserName == DemoSeeder.CaseworkerEmail, ct);
    }
}
