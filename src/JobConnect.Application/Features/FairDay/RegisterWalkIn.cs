using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

/// <summary>The minimal data of a walk-in, asked at the desk with the person's consent.</summary>
public sealed class WalkInInput
{
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Postcode { get; set; } = "";
    public TargetGroup TargetGroup { get; set; } = TargetGroup.Adult;

    /// <summary>What the person is looking for (KldB 2010, 5 digits), for the match with freed slots.</summary>
    public string TargetKldbCode { get; set; } = "";

    /// <summary>Comma-separated, optional.</summary>
    public string Skills { get; set; } = "";

    /// <summary>The agency the person belongs to; a caseworker's own agency regardless of what is sent.</summary>
    public int? AgencyId { get; set; }

    /// <summary>Required: the person agreed to be registered for the fair day.</summary>
    public bool ConsentRegistration { get; set; }

    /// <summary>Optional: employers may see the name and profile.</summary>
    public bool ConsentShareProfile { get; set; }
}

public sealed class WalkInInputValidator : AbstractValidator<WalkInInput>
{
    public WalkInInputValidator()
    {
        RuleFor(x => x.FirstName).NotEmpty().WithMessage(JobseekerInputValidator.Keys.Required)
            .MaximumLength(100).WithMessage(JobseekerInputValidator.Keys.MaxLength).WithState(_ => new object[] { 100 });
        RuleFor(x => x.LastName).NotEmpty().WithMessage(JobseekerInputValidator.Keys.Required)
            .MaximumLength(100).WithMessage(JobseekerInputValidator.Keys.MaxLength).WithState(_ => new object[] { 100 });
        RuleFor(x => x.Postcode).NotEmpty().WithMessage(JobseekerInputValidator.Keys.Required)
            .Matches("^[0-9]{5}$").WithMessage(JobseekerInputValidator.Keys.Postcode);
        RuleFor(x => x.TargetGroup).IsInEnum().WithMessage(JobseekerInputValidator.Keys.Required);
        RuleFor(x => x.TargetKldbCode).NotEmpty().WithMessage(JobseekerInputValidator.Keys.KldbRequired)
            .Must(code => KldbCode.IsValid(code.Trim())).WithMessage(JobseekerInputValidator.Keys.Kldb);
        RuleFor(x => x.Skills).MaximumLength(500).WithMessage(JobseekerInputValidator.Keys.MaxLength).WithState(_ => new object[] { 500 });
        RuleFor(x => x.AgencyId).NotNull().WithMessage(JobseekerInputValidator.Keys.Required);
        RuleFor(x => x.ConsentRegistration).Equal(true).WithMessage(FairDayMessages.ConsentRequired);
    }
}

/// <summary>
/// Registers a walk-in at the desk: a person of an agency's caseload with the minimal data and the consents
/// given, invited into the phase of their target group, arrived now and waiting on the standby list.
/// Caseworkers register for their own agency, organizers for any. Walk-ins take no invitation seat: the
/// seats limit letters; at the fair the tables' slots are the limit, which assigning a slot guards.
/// </summary>
public sealed class RegisterWalkIn(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, IValidator<WalkInInput> validator, FairDayChanges changes)
{
    private const string ConsentTextVersion = "walk-in-2026";

    public async Task<DeskPerson> HandleAsync(UserScope scope, WalkInInput input, CancellationToken ct = default)
    {
        if (scope.IsCaseworker)
        {
            input.AgencyId = scope.AgencyId;
        }
        else
        {
            scope.RequireOrganizer();
        }
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct) ?? throw new NotFoundException("No current fair.");
        // The group's phase running now, else the next one, else its last: a walk-in joins what is on.
        var timeOfDay = TimeOnly.FromDateTime(clock.FairNow());
        var groupPhases = fair.PhasesFor(input.TargetGroup).ToList();
        var phase = groupPhases.FirstOrDefault(p => p.End > timeOfDay) ?? groupPhases.LastOrDefault()
            ?? throw new NotFoundException("No phase for the target group.");
        if (!await db.Agencies.AnyAsync(a => a.Id == input.AgencyId, ct))
        {
            throw new NotFoundException($"Agency {input.AgencyId} not found.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var code = InviteJobseekers.NewCheckInCode();
        var person = new Jobseeker
        {
            AgencyId = input.AgencyId!.Value,
            CaseworkerId = scope.IsCaseworker ? scope.UserId : null,
            ReferenceNumber = $"WALKIN-{code}",
            FirstName = input.FirstName.Trim(),
            LastName = input.LastName.Trim(),
            Postcode = input.Postcode.Trim(),
            TargetGroup = input.TargetGroup,
            TargetKldbCodes = [input.TargetKldbCode.Trim()],
            Skills = [.. JobseekerInput.SplitList(input.Skills)],
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        person.Consents.Add(new Consent { Scope = ConsentScope.FairDayRegistration, GivenUtc = now, TextVersion = ConsentTextVersion });
        if (input.ConsentShareProfile)
        {
            person.Consents.Add(new Consent { Scope = ConsentScope.ShareProfileWithEmployers, GivenUtc = now, TextVersion = ConsentTextVersion });
        }
        var invitation = new Invitation
        {
            FairId = fair.Id,
            FairPhaseId = phase.Id,
            Jobseeker = person,
            AgencyId = person.AgencyId,
            IssuedByUserId = scope.UserId,
            CheckInCode = code,
            CreatedUtc = now,
            Status = InvitationStatus.Arrived,
            ArrivedUtc = now,
            CheckedInByUserId = scope.UserId,
            IsWalkIn = true,
            StandbySinceUtc = now,
        };
        invitation.History.Add(new InvitationStatusChange { Status = InvitationStatus.Arrived, AtUtc = now, ByUserId = scope.UserId, Note = "walk-in" });
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct); // person and invitation in one transaction
        await db.AddAuditAsync(scope, clock, AuditActions.Created, AuditLog.Jobseeker, person.Id, ct);
        await db.SaveChangesAsync(ct);
        changes.Publish(new FairDayChange(fair.Id, FairDayChangeKind.WalkIn, [])); // on no booth until a slot is assigned
        return new DeskPerson(invitation.Id, person.FirstName, person.LastName, code, phase.Name, null, null, InvitationStatus.Arrived,
            now.ToFairTime(), true, []);
    }
}
