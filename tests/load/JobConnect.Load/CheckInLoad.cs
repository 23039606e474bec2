using System.Collections.Concurrent;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobConnect.Load;

/// <summary>
/// The fair morning's check-in traffic in the browser: every booth's live page open (one employer login per
/// booth) and ten desks scanning the first phase's codes at once — the scanner types the code and presses
/// Enter; timed until the desk shows that person checked in. Everyone is reset to "invited" first, so the run
/// can be repeated.
/// </summary>
public sealed class CheckInLoad(Browser browser, Server server, IServiceProvider services)
{
    public async Task RunAsync(IReadOnlyList<LoadAccount> desks, IReadOnlyList<LoadAccount> booths, int scansPerDesk, TimeSpan pause)
    {
        var codes = await ResetAndReadCodesAsync();
        Console.WriteLine($"== check-in: {desks.Count} desks, {booths.Count} booth pages open, {scansPerDesk} scans per desk, {pause.TotalMilliseconds:F0} ms between scans — {Uptime.Now()}");
        var pages = new List<IPage>();
        foreach (var booth in booths)
        {
            pages.Add(await Browser.OpenAsync(await browser.SignedInAsync(booth), "employer/booth"));
        }
        var deskPages = new List<IPage>();
        foreach (var desk in desks)
        {
            deskPages.Add(await Browser.OpenAsync(await browser.SignedInAsync(desk), "checkin"));
        }
        var times = new ConcurrentBag<double>();
        var errors = new ConcurrentBag<string>();
        var start = server.Sample();
        var from = DateTimeOffset.UtcNow;
        await Task.WhenAll(deskPages.Select((page, d) => Task.Run(async () =>
        {
            foreach (var code in codes.Skip(d * scansPerDesk).Take(scansPerDesk))
            {
                await Task.Delay(pause);
                try
                {
                    times.Add(await Click.TypeAndEnterAsync(page, "input[data-testid='desk-input'], [data-testid='desk-input'] input", code, "[data-testid='desk-result']"));
                }
                catch (PlaywrightException e)
                {
                    errors.Add($"desk {d + 1}, {code}: {e.Message.Split('\n')[0]}");
                }
            }
        })));
        var end = server.Sample();
        Console.WriteLine($"scan → arrived shown: {Percentiles.Summary([.. times])}; errors {errors.Count}{(errors.IsEmpty ? "" : " — first: " + errors.First())}");
        Console.WriteLine(end.Since(start));
        Console.WriteLine("server's Blazor metrics in the window:");
        Console.WriteLine(server.Metrics.Summary(from, DateTimeOffset.UtcNow));
        Console.WriteLine($"done — {Uptime.Now()}");
        foreach (var page in pages.Concat(deskPages))
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IReadOnlyList<string>> ResetAndReadCodesAsync()
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync();
        var fair = await db.CurrentFairAsync(TimeProvider.System) ?? throw new InvalidOperationException("No fair.");
        var phase = fair.Phases.OrderBy(p => p.Id).First().Id;
        await db.Invitations.Where(i => i.FairPhaseId == phase && i.ArrivedUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ArrivedUtc, (DateTime?)null).SetProperty(i => i.Status, InvitationStatus.Invited));
        return await db.Invitations.Where(i => i.FairPhaseId == phase).OrderBy(i => i.Id).Select(i => i.CheckInCode).ToListAsync();
    }
}
