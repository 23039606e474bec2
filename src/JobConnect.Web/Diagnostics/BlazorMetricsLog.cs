using System.Diagnostics.Metrics;
using System.Globalization;
using System.Threading.Channels;

namespace JobConnect.Web.Diagnostics;

/// <summary>
/// Writes every measurement of .NET's built-in Blazor meters (<c>Microsoft.AspNetCore.Components*</c>: event
/// handling, render batches, navigations, circuits) to a CSV file, one line per measurement:
/// <c>unix milliseconds,instrument,value</c>. Off unless <c>Diagnostics:BlazorMetricsLog</c> names a file; the
/// load runs (tests/load) switch it on to report the server's own share next to the browser-measured times.
/// Raw values instead of dotnet-counters' per-interval percentiles, so a run can be cut into its phases exactly.
/// </summary>
public sealed class BlazorMetricsLog(string path) : BackgroundService
{
    public const string Setting = "Diagnostics:BlazorMetricsLog";

    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument, value));
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument, value));
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Record(instrument, value));
        listener.Start();

        await using var file = new StreamWriter(path, append: true);
        try
        {
            while (await _lines.Reader.WaitToReadAsync(stoppingToken))
            {
                while (_lines.Reader.TryRead(out var line))
                {
                    await file.WriteLineAsync(line);
                }
                // Readers (the load tool) look at the file while the app runs.
                await file.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Record(Instrument instrument, double value) =>
        _lines.Writer.TryWrite(string.Create(CultureInfo.InvariantCulture,
            $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()},{instrument.Name},{value}"));
}

public static class BlazorMetricsLogSetup
{
    /// <summary>Registers <see cref="BlazorMetricsLog"/> when the setting names a file; nothing otherwise.</summary>
    public static IServiceCollection AddBlazorMetricsLog(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[BlazorMetricsLog.Setting] is { Length: > 0 } path)
        {
            services.AddHostedService(_ => new BlazorMetricsLog(path));
        }
        return services;
    }
}
