using JobConnect.Domain.Common;

namespace JobConnect.Domain.Employers;

/// <summary>A member company that reports vacancies and holds conversations at its booth.</summary>
public class Employer : Entity
{
    public required string Name { get; set; }
    public required string Industry { get; set; }
    public string Street { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string City { get; set; } = "";
    public string? Website { get; set; }
    public string? Description { get; set; }
    public EmployerStatus Status { get; set; } = EmployerStatus.Admitted;
    public DateTime CreatedUtc { get; set; }

    /// <summary>What a company asked for when it registered itself: the phases and tables of its booth.</summary>
    public TargetGroups RequestedPhases { get; set; } = TargetGroups.Both;
    public int RequestedTables { get; set; } = 1;

    /// <summary>The registering person's address; admitting the company invites this person.</summary>
    public string? RegistrationEmail { get; set; }

    /// <summary>Why an organizer declined the registration (shown to organizers; kept for the record).</summary>
    public string? DeclineReason { get; set; }

    public List<ContactPerson> ContactPersons { get; set; } = [];
}

public enum EmployerStatus
{
    /// <summary>Registered itself; waits for an organizer.</summary>
    Requested = 0,
    Admitted = 1,
    Rejected = 2,
}

/// <summary>A person at the company the organizers and candidates can reach.</summary>
public class ContactPerson : Entity
{
    public int EmployerId { get; set; }
    public required string Name { get; set; }
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}
