using Microsoft.AspNetCore.Identity;

namespace JobConnect.Application.Identity;

/// <summary>A signed-in person: an organizer, an employer's staff member or a caseworker.</summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set for caseworkers: the agency whose caseload they manage.</summary>
    public int? AgencyId { get; set; }

    /// <summary>Set for employer users: the company they act for.</summary>
    public int? EmployerId { get; set; }

    /// <summary>A caseworker who also manages their agency's caseworkers and letter paragraphs.</summary>
    public bool IsAgencyLead { get; set; }

    /// <summary>Switched off by an organizer or agency lead: cannot sign in; open sessions end with the security stamp.</summary>
    public bool IsDisabled { get; set; }
}
