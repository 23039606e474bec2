using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Reports;
using JobConnect.Domain.Feedback;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Feedback;

/// <summary>The feedback form of a company: the fair it is about, and what the company said so far (null: nothing yet).</summary>
public sealed record FeedbackForm(ReportFair Fair, EmployerFeedbackInput Input, DateTime? SubmittedUtc);

/// <summary>What the companies said about one fair, for the organizers.</summary>
public sealed record FeedbackSummary(
    ReportFair Fair, int Booths, int Answers, double? AverageSatisfaction, IReadOnlyList<int> Stars, int Hires, int Apprenticeships,
    IReadOnlyList<FeedbackWish> Wishes);

public sealed record FeedbackWish(string Employer, int Satisfaction, string Text);

/// <summary>
/// Companies give short feedback after a fair they had a booth at (the latest one that took place);
/// they see and change only their own. Organizers read it aggregated per fair.
/// </summary>
public sealed class EmployerFeedbacks(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, IValidator<EmployerFeedbackInput> validator)
{
    /// <summary>The company's form for its latest fair that took place; null before any.</summary>
    public async Task<FeedbackForm?> FormAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireEmployer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await LatestFairAsync(db, scope, ct) is not { } fair)
        {
            return null;
        }
        var saved = await db.EmployerFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.FairId == fair.Id && f.EmployerId == scope.EmployerId, ct);
        var input = saved is null
            ? new EmployerFeedbackInput()
            : new EmployerFeedbackInput { Satisfaction = saved.Satisfaction, Hires = saved.Hires, Apprenticeships = saved.Apprenticeships, Wishes = saved.Wishes };
        return new FeedbackForm(fair, input, saved?.SubmittedUtc);
    }

    /// <summary>Saves the company's feedback on its latest fair (again: the new answers replace the old).</summary>
    public async Task SubmitAsync(UserScope scope, EmployerFeedbackInput input, CancellationToken ct = default)
    {
        scope.RequireEmployer();
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await LatestFairAsync(db, scope, ct) ?? throw new BusinessRuleException(FeedbackMessages.NoFairYet);
        var feedback = await db.EmployerFeedback.FirstOrDefaultAsync(f => f.FairId == fair.Id && f.EmployerId == scope.EmployerId, ct);
        if (feedback is null)
        {
            feedback = new EmployerFeedback { FairId = fair.Id, EmployerId = scope.EmployerId!.Value, SubmittedByUserId = scope.UserId };
            db.EmployerFeedback.Add(feedback);
        }
        feedback.Satisfaction = input.Satisfaction;
        feedback.Hires = input.Hires;
        feedback.Apprenticeships = input.Apprenticeships;
        feedback.Wishes = string.IsNullOrWhiteSpace(input.Wishes) ? null : input.Wishes.Trim();
        feedback.SubmittedByUserId = scope.UserId;
        feedback.SubmittedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>All answers of one fair: how many, stars (count per 1–5), hires reported, wishes. Organizers only.</summary>
    public async Task<FeedbackSummary> SummaryAsync(UserScope scope, int fairId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await ReportFair.FindAsync(db, fairId, ct);
        var answers = await db.EmployerFeedback.AsNoTracking().Where(f => f.FairId == fairId)
            .Select(f => new { f.Satisfaction, f.Hires, f.Apprenticeships, f.Wishes, Employer = db.Employers.Where(e => e.Id == f.EmployerId).Select(e => e.Name).First() })
            .ToListAsync(ct);
        var booths = await db.Booths.CountAsync(b => b.FairId == fairId, ct);
        return new FeedbackSummary(fair, booths, answers.Count,
            answers.Count == 0 ? null : answers.Average(a => a.Satisfaction),
            [.. Enumerable.Range(1, 5).Select(star => answers.Count(a => a.Satisfaction == star))],
            answers.Sum(a => a.Hires), answers.Sum(a => a.Apprenticeships),
            [.. answers.Where(a => a.Wishes is not null).OrderBy(a => a.Employer, StringComparer.CurrentCulture).Select(a => new FeedbackWish(a.Employer, a.Satisfaction, a.Wishes!))]);
    }

    private async Task<ReportFair?> LatestFairAsync(JobConnectDbContext db, UserScope scope, CancellationToken ct)
    {
        var today = clock.FairToday();
        return await db.Fairs.AsNoTracking()
            .Where(f => f.Date <= today && db.Booths.Any(b => b.FairId == f.Id && b.EmployerId == scope.EmployerId))
            .OrderByDescending(f => f.Date)
            .Select(f => new ReportFair(f.Id, f.Name, f.Date))
            .FirstOrDefaultAsync(ct);
    }
}
