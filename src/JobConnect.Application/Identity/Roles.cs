namespace JobConnect.Application.Identity;

/// <summary>The three roles; every user has exactly one.</summary>
public static class Roles
{
    public const string Organizer = "Organizer";
    public const string Employer = "Employer";
    public const string Caseworker = "Caseworker";

    public static readonly IReadOnlyList<string> All = [Organizer, Employer, Caseworker];
}

/// <summary>Claim types that carry a user's scope into the principal.</summary>
public static class ScopeClaims
{
    public const string AgencyId = "jobconnect:agency";
    public const string EmployerId = "jobconnect:employer";
    public const string DisplayName = "jobconnect:name";

    /// <summary>Present (value "true") for a caseworker who leads their agency.</summary>
    public const string AgencyLead = "jobconnect:agency-lead";
}
