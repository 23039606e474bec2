using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.Production;

/// <summary>The production shape: nginx, two instances, one PostgreSQL database and one key ring.</summary>
public sealed class TwoInstancesTests(TwoInstances pair) : IClassFixture<TwoInstances>
{
    private const string InstanceHeader = "x-jobconnect-instance";

    [Fact]
    public async Task A_signed_in_user_stays_signed_in_when_their_instance_stops_and_gets_a_new_circuit_on_the_other()
    {
        var page = await pair.SignedInPageAsync(pair.Proxy, DemoSeeder.CaseworkerEmail);
        var before = await page.GotoAsync("jobseekers");
        await new StartPage(page).WaitUntilInteractiveAsync();
        var first = before!.Headers[InstanceHeader];
        var stopped = pair.NameOf(first);

        await pair.StopInstanceAsync(stopped);
        try
        {
            // The circuit died with its instance. Opening the page again (a new tab of the same browser,
            // so the old tab's own reconnect-and-reload cannot interfere) reaches the other instance
            // through the proxy, whose copy of the shared key ring reads the sign-in cookie the first one wrote.
            var tab = await page.Context.NewPageAsync();
            var after = await tab.GotoAsync("jobseekers");

            Assert.NotEqual(first, after!.Headers[InstanceHeader]);
            Assert.EndsWith("/jobseekers", tab.Url, StringComparison.Ordinal);
            await new StartPage(tab).WaitUntilInteractiveAsync();
            await Expect(tab.GetByTestId("jobseeker-grid").Locator("tbody tr").First).ToBeVisibleAsync();
        }
        finally
        {
            await pair.StartInstanceAsync(stopped);
        }
    }

    [Fact]
    public async Task Invitations_through_both_instances_at_once_never_overbook()
    {
        var onA = new JobseekerListPage(await pair.SignedInPageAsync(pair.InstanceA, DemoSeeder.CaseworkerEmail));
        var onB = new JobseekerListPage(await pair.SignedInPageAsync(pair.InstanceB, DemoSeeder.CaseworkerEmail));
        foreach (var (list, rows) in new[] { (onA, 0), (onB, 5) })
        {
            await list.OpenAsync();
            await list.FilterAsync("Erwachsene", "Erwachsene");
            for (var i = 0; i < 5; i++)
            {
                await list.TickAsync(rows + i, expectedCount: i + 1);
            }
        }
        // The coming fair's morning (the demo's past fairs have morning phases of their own).
        const string comingMorning = "\"Name\" = 'Vormittag' AND \"FairId\" = (SELECT \"Id\" FROM \"Fairs\" ORDER BY \"Date\" DESC LIMIT 1)";
        const string morning = $"FROM \"FairPhases\" WHERE {comingMorning}";
        await pair.SqlAsync<int>($"UPDATE \"FairPhases\" SET \"SeatCapacity\" = \"SeatsTaken\" + 3 WHERE {comingMorning} RETURNING 0");
        var takenBefore = await pair.SqlAsync<int>($"SELECT \"SeatsTaken\" {morning}");

        // Ten people, three seats, two servers, one moment.
        await Task.WhenAll(onA.InviteButton.ClickAsync(), onB.InviteButton.ClickAsync());

        // Five attempts each for three seats in all: both pages must report refusals (watched at once,
        // as each message shows only for a few seconds; a loaded machine may take a while to get there).
        await Task.WhenAll(new[] { onA.InviteButton.Page, onB.InviteButton.Page }.Select(page =>
            Expect(page.GetByText("nicht eingeladen: Die Phase ist voll").First).ToBeVisibleAsync(new() { Timeout = 30_000 })));
        var capacity = await pair.SqlAsync<int>($"SELECT \"SeatCapacity\" {morning}");
        Assert.Equal(capacity, await pair.SqlAsync<int>($"SELECT \"SeatsTaken\" {morning}"));
        Assert.Equal(takenBefore + 3, capacity);
        Assert.Equal(capacity, (int)await pair.SqlAsync<long>(
            $"SELECT count(*) FROM \"Invitations\" i WHERE i.\"FairPhaseId\" = (SELECT \"Id\" {morning}) AND i.\"Status\" NOT IN ('Declined', 'Cancelled', 'Excused')"));
    }

    [Fact]
    public async Task A_change_on_one_instance_marks_the_matching_page_outdated_on_the_other()
    {
        var caseworker = await pair.SignedInPageAsync(pair.InstanceB, DemoSeeder.CaseworkerEmail);
        var matching = new MatchingPages(caseworker);
        await matching.OpenOverviewAsync();
        var organizer = await pair.SignedInPageAsync(pair.InstanceA, DemoSeeder.OrganizerEmail);
        var weights = new MatchWeightsPage(organizer);
        await weights.OpenAsync();

        await weights.SetAsync("Distance", 20);
        await weights.SaveAsync();
        try
        {
            await Expect(caseworker.GetByTestId("matching-outdated")).ToBeVisibleAsync(new() { Timeout = 40_000 });
            await caseworker.GetByTestId("matching-refresh").ClickAsync();
            await Expect(caseworker.GetByTestId("matching-outdated")).ToHaveCountAsync(0);
        }
        finally
        {
            await weights.ResetAsync();
        }
    }

    [Fact]
    public async Task A_backup_of_the_running_installation_restores_every_record_and_keeps_people_signed_in()
    {
        var page = await pair.SignedInPageAsync(pair.Proxy, DemoSeeder.CaseworkerEmail);
        var database = new NpgsqlConnectionStringBuilder(pair.ConnectionString);
        string[] server = ["--host", database.Host!, "--username", database.Username!];
        var backup = Path.Combine(Path.GetTempPath(), $"jobconnect-{Guid.NewGuid():N}.dump");
        var before = await pair.TableChecksumsAsync();

        // Online: both instances keep serving while pg_dump reads one consistent snapshot.
        await TwoInstances.RunAsync("pg_dump", [.. server, "--format=custom", "--file", backup, database.Database!]);
        var size = new FileInfo(backup).Length;
        await pair.StopInstanceAsync("a");
        await pair.StopInstanceAsync("b");
        try
        {
            await TwoInstances.RunAsync("dropdb", [.. server, "--force", database.Database!]);
            await TwoInstances.RunAsync("createdb", [.. server, database.Database!]);
            await TwoInstances.RunAsync("pg_restore", [.. server, "--dbname", database.Database!, "--exit-on-error", backup]);
        }
        finally
        {
            await pair.StartInstanceAsync("a");
            await pair.StartInstanceAsync("b");
            File.Delete(backup);
        }
        // As docs/deploy.md tells the operator: the proxy serves again once it answers ready (nginx keeps
        // both instances marked failed for up to fail_timeout after they were both down).
        await WaitUntilReadyAsync(pair.Proxy);

        Assert.True(size > 0);
        var after = await pair.TableChecksumsAsync();
        // Server-side sessions move on their own while the pair serves (open pages of earlier tests
        // record their last activity at most once a minute), so they cannot be compared to a snapshot
        // taken before pg_dump; the sign-in check below proves they came back.
        before.Remove("UserSessions");
        after.Remove("UserSessions");
        Assert.True(before.SequenceEqual(after), "Tables differ: " + string.Join("; ",
            before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t))
                .Select(t => $"{t}: {before.GetValueOrDefault(t)} -> {after.GetValueOrDefault(t)}")));
        Assert.Matches("^[1-9][0-9]* rows", before["Jobseekers"]);
        // The key ring came back with the data: the sign-in cookie from before the backup still works.
        var tab = await page.Context.NewPageAsync();
        await tab.GotoAsync("jobseekers");
        await new StartPage(tab).WaitUntilInteractiveAsync();
        Assert.EndsWith("/jobseekers", tab.Url, StringComparison.Ordinal);
    }

    private static async Task WaitUntilReadyAsync(Uri proxy)
    {
        using var http = new HttpClient { BaseAddress = proxy };
        for (var attempt = 0; attempt < 60; attempt++)
        {
            try
            {
                if ((await http.GetAsync("health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // The proxy itself is up; an instance not yet, or nginx still counts both as failed.
            }
            await Task.Delay(500);
        }
        throw new InvalidOperationException($"{proxy}health/ready did not answer 200 within 30 s after the restore.");
    }
}
