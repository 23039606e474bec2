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
}
