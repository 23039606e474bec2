using JobConnect.Application.Features.Audit;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Scheduling;

public sealed record BoothSchedule(
    int EmployerId, string EmployerName, string BoothLabel, int Tables, BoothFair Fair, IReadOnlyList<BoothConversation> Conversations) : IPrintable
{
    /// <summary>The phases the booth attends with their slot starts, so a printed time line can show free slots too.</summary>
    public IReadOnlyList<BoothPhase> Phases { get; init; } = [];
}

public sealed record BoothPhase(PhaseKind Kind, IReadOnlyList<TimeOnly> Slots);

public sealed record BoothFair(string Name, DateOnly Date, string Venue);

/// <summary>
/// One conversation as the employer sees it. <see cref="Name"/> and <see cref="Profile"/> are set only
/// when the person consented to share their profile with the fair's employers; otherwise the employer
/// sees the fair's participant number (<see cref="ParticipantNumber"/>, never the agency's customer
/// number), the vacancy and the relevant skills — never contact details before the fair.
/// </summary>
public sealed record BoothConversation(
    PhaseKind Phase, TimeOnly Start, int Table, string Participant, string? Name, string? Vacancy, int Score, IReadOnlyList<string> Skills,
    CandidateProfile? Profile = null);

/// <summary>What a consenting candidate shares beyond the pseudonymous profile; no contact data, no protected characteristics.</summary>
public sealed record CandidateProfile(QualificationLevel Qualification, SchoolCertificate SchoolCertificate, CefrLevel GermanLevel, bool DrivingLicence);

/// <summary>An employer's own booth schedule for the current fair; organizers may open any employer's, or all.</summary>
public sealed class GetBoothSchedule(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    private const int MaxSkills = 5;

    public async Task<BoothSchedule?> HandleAsync(UserScope scope, int employerId, CancellationToken ct = default)
    {
        if (!(scope.IsOrganizer || (scope.IsEmployer && scope.EmployerId == employerId)))
        {
            throw scope.Refused("An employer sees only its own booth.");
        }
        return (await LoadAsync(scope, employerId, ct)).SingleOrDefault();
    }

    /// <summary>Every booth of the current fair, by label: the organizer's print run.</summary>
    public async Task<IReadOnlyList<BoothSchedule>> AllAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        return await LoadAsync(scope, null, ct);
    }

    private async Task<IReadOnlyList<BoothSchedule>> LoadAsync(UserScope scope, int? employerId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        if (fair is null)
        {
            return [];
        }
        var booths = await db.Booths.AsNoTracking().Include(b => b.Employer)
            .Where(b => b.FairId == fair.Id && (employerId == null || b.EmployerId == employerId))
            .OrderBy(b => b.Label)
            .ToListAsync(ct);
        if (booths.Count == 0)
        {
            return [];
        }

        var boothIds = booths.Select(b => b.Id).ToList();
        // Only people still coming who have not blocked this employer; the status changes delete such
        // conversations too, this keeps an employer's paper right even if one slipped through.
        var rows = await db.Conversations.AsNoTracking()
            .Where(c => boothIds.Contains(c.BoothId))
            .Where(c => c.Invitation!.Status != InvitationStatus.Declined && c.Invitation.Status != InvitationStatus.Cancelled)
            .Where(c => !c.Invitation!.Jobseeker!.EmployerExclusions.Any(e => e.EmployerId == c.Booth!.EmployerId))
            .Select(c => new
            {
                c.BoothId,
                c.Invitation!.FairPhase!.Kind,
                c.SlotStart,
                c.TableNumber,
                c.Score,
                c.VacancyId,
                c.InvitationId,
                c.Invitation.JobseekerId,
                c.Invitation.Jobseeker!.FirstName,
                c.Invitation.Jobseeker.LastName,
                c.Invitation.Jobseeker.Skills,
                c.Invitation.Jobseeker.QualificationLevel,
                c.Invitation.Jobseeker.SchoolCertificate,
                c.Invitation.Jobseeker.GermanLevel,
                c.Invitation.Jobseeker.HasDrivingLicence,
                Consented = c.Invitation.Jobseeker.Consents.Any(x => x.Scope == ConsentScope.ShareProfileWithEmployers && x.WithdrawnUtc == null),
            })
            .ToListAsync(ct);
        // Whoever receives a schedule receives data about each person on it (names with consent, skills
        // always): one audit entry per person, so each agency can see which booth saw its clients.
        if (rows.Count > 0)
        {
            await db.AddAuditForPeopleAsync(scope, clock, AuditActions.OnBoothSchedule, rows.Select(r => r.JobseekerId), ct);
            await db.SaveChangesAsync(ct);
        }
        var vacancyIds = rows.Where(r => r.VacancyId != null).Select(r => r.VacancyId!.Value).Distinct().ToList();
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => vacancyIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => (v.Title, Skills: v.Skills.Select(s => s.Name).ToList()), ct);

        var byBooth = rows.ToLookup(r => r.BoothId);
        var venue = new BoothFair(fair.Name, fair.Date, fair.Venue);
        var phases = fair.Phases.OrderBy(p => p.Start).ToList();
        return booths.Select(booth => new BoothSchedule(booth.EmployerId, booth.Employer!.Name, booth.Label, booth.Tables, venue, byBooth[booth.Id]
                .OrderBy(r => r.Kind).ThenBy(r => r.SlotStart).ThenBy(r => r.TableNumber)
                .Select(r =>
                {
                    var vacancy = r.VacancyId is { } id && vacancies.TryGetValue(id, out var v) ? v : default;
                    return new BoothConversation(r.Kind, r.SlotStart, r.TableNumber, ParticipantNumber.Of(r.InvitationId),
                        r.Consented ? $"{r.FirstName} {r.LastName}" : null, vacancy.Title, r.Score, RelevantSkills(r.Skills, vacancy.Skills, r.Consented),
                        r.Consented ? new CandidateProfile(r.QualificationLevel, r.SchoolCertificate, r.GermanLevel, r.HasDrivingLicence) : null);
                })
                .ToList())
            {
                Phases = [.. phases
                    .Where(p => booth.Phases.HasFlag(p.Kind.ToSet()) || byBooth[booth.Id].Any(r => r.Kind == p.Kind))
                    .Select(p => new BoothPhase(p.Kind, p.SlotStarts()))],
            })
            .ToList();
    }

    /// <summary>
    /// The person's skills the vacancy asks for. Only with consent, when the vacancy asks for none of
    /// them, the first few of the person's own: without consent the employer learns nothing beyond the match.
    /// </summary>
    internal static List<string> RelevantSkills(IReadOnlyList<string> own, IReadOnlyList<string>? asked, bool consented)
    {
        var matching = asked is null ? [] : own.Where(s => asked.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
        return matching.Count > 0 || !consented ? matching : [.. own.Take(MaxSkills)];
    }
}
