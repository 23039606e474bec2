namespace JobConnect.Application.Identity;

/// <summary>The three roles; every user has exactly one.</summary>
public static class Roles
{
    public const string Organizer = "Organizer";
    public const string Employer = "Employer";
    public const string Caseworker = "Caseworker";

    /// <summary>
    /// Desk staff on the fair day (helpers): the check-in right alone — the current fair's invited people with
    /// name, code, phase and plan, nothing else of their record. Organizers hold the right too.
    /// </summary>
    public const string CheckIn = "CheckIn";

    public static readonly IReadOnlyList<string> All = [Organizer, Employer, Caseworker, CheckIn];

    /// <summary>Roles that see jobseekers' social data sign in with a second factor (TOTP); employers may.</summary>
    public static readonly IReadOnlyList<string> RequiringTwoFactor = [Organizer, Caseworker, CheckIn];
}

/// <summary>Claim types that carry a user's scope into the principal.</summary>
public static class ScopeClaims
{
    public const string AgencyId = "jobconnect:agency";
    public const string EmployerId = "jobconnect:employer";
    public const string DisplayName = "jobconnect:name";
    /// <summary>The server-side session (<see cref="UserSession"/>) this cookie belongs to.</summary>
    public const string SessionId = "jobconnect:session";

    /// <summary>Present (value "true") for a caseworker who leads their agency.</summary>
    public const string AgencyLead = "jobconnect:agency-lead";
}
