using Microsoft.Extensions.Hosting;

namespace JobConnect.Infrastructure.Hosting;

/// <summary>
/// A job the app runs by itself on the fair clock's <see cref="TimeProvider"/>: first a short while after
/// start, then every <paramref name="interval"/>, until shutdown. Each run handles its own failures.
/// </summary>
public abstract class PeriodicService(TimeProvider clock, TimeSpan firstRun, TimeSpan interval) : BackgroundService
{
    /// <summary>False when the job has nothing to do in this installation (e.g. e-mail switched off).</summary>
    protected virtual bool Enabled => true;

    /// <summary>One run; must not throw for ordinary failures, so the next run still comes.</summary>
    protected abstract Task TickAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }
        try
        {
            await Task.Delay(firstRun, clock, stoppingToken);
            using var timer = new PeriodicTimer(interval, clock);
            do
            {
                await TickAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
