using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Ports;
using Microsoft.Extensions.DependencyInjection;
using JobConnect.Infrastructure.Hosting;
using Microsoft.Extensions.Logging;

namespace JobConnect.Infrastructure.Reminders;

/// <summary>
/// Checks once an hour (on the fair clock's <see cref="TimeProvider"/>) whether a reminder is due and
/// sends it (<see cref="SendReminders"/>); organizers can also start a run from the reminders page.
/// Does nothing while e-mail is switched off.
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, TimeProvider clock, IMailSender mail, ILogger<ReminderService> logger)
    : PeriodicService(clock, TimeSpan.FromMinutes(2), TimeSpan.FromHours(1))
{
    protected override bool Enabled => mail.Enabled;

    protected override Task TickAsync(CancellationToken ct) => RunOnceAsync(ct);

    public async Task<ReminderRun> RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<SendReminders>().HandleAsync(SendReminders.System, ct);
            if (run.Sent + run.Failed > 0 && logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Reminders ({Days} days before): {Sent} sent, {Failed} refused.", run.DaysBefore, run.Sent, run.Failed);
            }
            return run;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed run must not stop the app; the next hour tries again.
            logger.LogError(e, "Reminder run failed.");
            return new ReminderRun(null, 0, 0);
        }
    }
}
