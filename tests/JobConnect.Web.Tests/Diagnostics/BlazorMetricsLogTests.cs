using System.Diagnostics.Metrics;
using JobConnect.Web.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobConnect.Web.Tests.Diagnostics;

/// <summary>The Blazor metrics log the load runs switch on: Blazor's meters only, one CSV line per measurement, off by default.</summary>
public sealed class BlazorMetricsLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Writes_each_measurement_of_the_Blazor_meters_and_nothing_of_other_meters()
    {
        var path = Path.Combine(Path.GetTempPath(), $"blazor-metrics-{Guid.NewGuid():N}.csv");
        using var blazor = new Meter("Microsoft.AspNetCore.Components");
        using var other = new Meter("JobConnect.Tests.Other");
        var handleEvent = blazor.CreateHistogram<double>("aspnetcore.components.handle_event.duration");
        var unrelated = other.CreateCounter<long>("tests.unrelated");
        using var log = new BlazorMetricsLog(path);
        try
        {
            await log.StartAsync(Ct);
            // The service starts listening on a background thread (.NET 10 runs ExecuteAsync off the caller):
            // measure until its first line arrives; the unrelated meter is measured just as often.
            var lines = await LinesWhenWrittenAsync(path, () =>
            {
                unrelated.Add(7);
                handleEvent.Record(0.0125);
            });

            // The listener is process-wide: other test classes' apps render at the same time and their Blazor
            // measurements are logged too. What must hold: ours is there, and nothing of another meter.
            Assert.Contains(lines, line => line.Split(',') is [_, "aspnetcore.components.handle_event.duration", "0.0125"]);
            Assert.All(lines, line =>
            {
                var parts = line.Split(',');
                Assert.StartsWith("aspnetcore.components.", parts[1], StringComparison.Ordinal);
                Assert.InRange(long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
                    DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            });
            Assert.DoesNotContain(lines, line => line.Contains("tests.unrelated", StringComparison.Ordinal));
        }
        finally
        {
            await log.StopAsync(CancellationToken.None);
            File.Delete(path);
        }
    }

    [Fact]
    public void Is_off_unless_the_setting_names_a_file()
    {
        static int HostedServices(Dictionary<string, string?> settings) => new ServiceCollection()
            .AddBlazorMetricsLog(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .Count(s => s.ServiceType == typeof(IHostedService));

        Assert.Equal(0, HostedServices([]));
        Assert.Equal(1, HostedServices(new() { [BlazorMetricsLog.Setting] = "/tmp/metrics.csv" }));
    }

    /// <summary>The service writes in the background: wait for the file to hold this test's measurement (no time is asserted).</summary>
    private static async Task<string[]> LinesWhenWrittenAsync(string path, Action measure)
    {
        for (var i = 0; i < 1200; i++)
        {
            measure();
            if (File.Exists(path))
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                var text = await new StreamReader(stream).ReadToEndAsync(Ct);
                if (text.Contains(",aspnetcore.components.handle_event.duration,0.0125", StringComparison.Ordinal))
                {
                    return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                }
            }
            await Task.Delay(50, Ct);
        }
        return [];
    }
}
