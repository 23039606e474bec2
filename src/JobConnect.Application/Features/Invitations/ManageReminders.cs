using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Invitations;

public static class ReminderMessages
{
    public const string DaysInvalid = "Reminders.DaysInvalid";
}

/// <summary>The organizer's reminder days, e.g. "7, 1".</summary>
public sealed class ReminderDaysInput
{
    public string Days { get; set; } = "";
}

public sealed class ReminderDaysInputValidator : AbstractValidator<ReminderDaysInput>
{
    public ReminderDaysInputValidator() =>
        RuleFor(i => i.Days).Must(BeDayList).WithMessage(ReminderMessages.DaysInvalid);

    /// <summary>Empty (no reminders) or up to five whole numbers from 1 to 60, separated by commas.</summary>
    private static bool BeDayList(string? days)
    {
        var parts = (days ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length <= 5 && parts.All(p => int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 60);
    }
}

/// <summary>The reminders panel: the days, the reminder due today and how many went out so far per day count.</summary>
public sealed record ReminderOverview(string Days, int? DueToday, IReadOnlyDictionary<int, int> SentPerDay, bool MailEnabled);

/// <summary>Organizers set the days before the fair on which e-mail reminders go out (<see cref="SendReminders"/>).</summary>
public sealed class ManageReminders(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, SendReminders reminders,
    IValidator<ReminderDaysInput> validator)
{
    /// <summary>Null when there is no fair yet.</summary>
    public async Task<ReminderOverview?> GetAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CurrentFairAsync(clock, ct) is not { } fair)
        {
            return null;
        }
        var sent = await db.LetterDispatches.AsNoTracking()
            .Where(d => d.Kind == LetterKind.Reminder && d.ReminderDaysBefore != null && d.Invitation!.FairId == fair.Id)
            .GroupBy(d => d.ReminderDaysBefore!.Value)
            .Select(g => new { Days = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Days, g => g.Count, ct);
        return new ReminderOverview(fair.ReminderDays, SendReminders.DueReminder(fair, clock.FairToday()), sent, reminders.Enabled);
    }

    /// <summary>Stores the days in a normal form ("7,1"); false without a fair.</summary>
    public async Task<bool> SaveAsync(UserScope scope, ReminderDaysInput input, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CurrentFairAsync(clock, ct) is not { } current)
        {
            return false;
        }
        var fair = await db.Fairs.SingleAsync(f => f.Id == current.Id, ct);
        fair.ReminderDays = input.Days;
        fair.ReminderDays = string.Join(',', fair.ReminderDayCounts());
        await db.AddAuditAsync(scope, clock, AuditActions.Changed, "Fair", fair.Id, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
